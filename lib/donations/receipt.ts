import type { OutgoingMail } from '@/lib/mail';

/** What a donor's receipt says; plain text, and no List-Unsubscribe: it is not a mailing. */
export interface Receipt {
  to: string;
  reference: string;
  amountPence: number;
  frequency: 'one_off' | 'monthly';
  giftAid: boolean;
  manageUrl: string | null;
  campaignName: string;
  testMode: boolean;
}

export function receiptMessage(receipt: Receipt): OutgoingMail {
  const amount = `£${(receipt.amountPence / 100).toFixed(2)}`;
  const what = receipt.frequency === 'monthly' ? `your monthly gift of ${amount}` : `your gift of ${amount}`;
  const lines = [
    ...(receipt.testMode ? ['TEST MODE: no money was taken.', ''] : []),
    `Thank you for ${what} to ${receipt.campaignName}.`,
    '',
    `Reference: ${receipt.reference}`,
    receipt.giftAid ? 'Gift Aid: you made a Gift Aid declaration with this gift.' : 'Gift Aid: not claimed on this gift.',
  ];
  if (receipt.manageUrl) {
    lines.push('', 'To change your card or cancel your monthly gift at any time, use this private link:', receipt.manageUrl);
  }
  return { to: receipt.to, subject: `${receipt.testMode ? '[Test] ' : ''}Thank you for your donation`, text: lines.join('\n') };
}
