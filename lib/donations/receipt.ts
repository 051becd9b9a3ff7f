import type { Operator } from '@/lib/operator';
import type { OutgoingMail } from '@/lib/mail';
import { charityNumbers } from '@/lib/operator';

/** What a donor's receipt says; plain text, and no List-Unsubscribe: it is not a mailing. */
export interface Receipt {
  to: string;
  reference: string;
  amountPence: number;
  frequency: 'one_off' | 'monthly';
  date: Date;
  giftAid: boolean;
  manageUrl: string | null;
  /** The organisation that received the gift (the operator's legal name). */
  recipient: string;
  /** "Registered charity number …", or null when the recipient is not a registered charity. */
  charityNumbers: string | null;
  testMode: boolean;
}

/** Who a receipt names; without an operator record (fallback settings) it names the campaign. */
export function receiptRecipient(operator: Operator | null, campaignName: string): Pick<Receipt, 'recipient' | 'charityNumbers'> {
  return operator ? { recipient: operator.legalName, charityNumbers: charityNumbers(operator) } : { recipient: campaignName, charityNumbers: null };
}

const receiptDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });

/** A receipt that serves for Gift Aid too: who received the gift, its charity number, amount and date. */
export function receiptMessage(receipt: Receipt): OutgoingMail {
  const amount = `£${(receipt.amountPence / 100).toFixed(2)}`;
  const what = receipt.frequency === 'monthly' ? `your monthly gift of ${amount}` : `your gift of ${amount}`;
  const lines = [
    ...(receipt.testMode ? ['TEST MODE: no money was taken.', ''] : []),
    `Thank you for ${what} to ${receipt.recipient}.`,
    '',
    `Received by: ${receipt.recipient}`,
    ...(receipt.charityNumbers ? [receipt.charityNumbers] : []),
    `Date: ${receiptDate.format(receipt.date)}`,
    `Amount: ${amount}${receipt.frequency === 'monthly' ? ' (first monthly payment)' : ''}`,
    `Reference: ${receipt.reference}`,
    receipt.giftAid ? `Gift Aid: you made a Gift Aid declaration to ${receipt.recipient} with this gift.` : 'Gift Aid: not claimed on this gift.',
  ];
  if (receipt.manageUrl) {
    lines.push('', 'To change your card or cancel your monthly gift at any time, use this private link:', receipt.manageUrl);
  }
  return { to: receipt.to, subject: `${receipt.testMode ? '[Test] ' : ''}Thank you for your donation to ${receipt.recipient}`, text: lines.join('\n') };
}
