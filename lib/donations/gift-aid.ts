import type { Operator } from '@/lib/operator';
import { noGiftAidReason, recipientSentence } from '@/lib/operator';

/**
 * HMRC's model Gift Aid declarations (single donation, and "this and future / past 4 years"),
 * with the charity named exactly where HMRC's model puts "[name of charity]". The online form
 * already records the amount, so the model's "of £____" blank is left out.
 *
 * Bump the version whenever the wording changes: each declaration stores the version the donor
 * saw and the charity name it was made to.
 * - hmrc-model-2026-1: named the campaign, not a charity.
 * - hmrc-model-2026-2: names the registered charity from the site-settings record; HMRC's notes.
 */
export const GIFT_AID_WORDING_VERSION = 'hmrc-model-2026-2';

export type GiftAidScope = 'this' | 'all';

export interface GiftAidWording {
  charityName: string;
  scopes: Record<GiftAidScope, string>;
  taxpayerStatement: string;
  notes: string[];
}

export const GIFT_AID_TAXPAYER_STATEMENT =
  'I am a UK taxpayer and understand that if I pay less Income Tax and/or Capital Gains Tax than the amount of Gift Aid claimed on all my donations in that tax year it is my responsibility to pay any difference.';

export function giftAidWording(charityName: string): GiftAidWording {
  return {
    charityName,
    scopes: {
      this: `I want to Gift Aid my donation to ${charityName}.`,
      all: `I want to Gift Aid my donation and any donations I make in the future or have made in the past 4 years to ${charityName}.`,
    },
    taxpayerStatement: GIFT_AID_TAXPAYER_STATEMENT,
    notes: [
      `Please notify ${charityName} if you want to cancel this declaration, change your name or home address, or no longer pay sufficient tax on your income and/or capital gains.`,
      'If you pay Income Tax at the higher or additional rate and want to receive the additional tax relief due to you, you must include all your Gift Aid donations on your Self-Assessment tax return or ask HM Revenue and Customs to adjust your tax code.',
    ],
  };
}

/**
 * What the donate form offers for this operator: HMRC's wording naming it when it is a
 * registered charity; otherwise no Gift Aid, and one plain sentence saying why.
 */
export function giftAidOffer(operator: Operator): { giftAid: GiftAidWording | null; noGiftAid: string | null; recipient: string } {
  return operator.charity
    ? { giftAid: giftAidWording(operator.legalName), noGiftAid: null, recipient: recipientSentence(operator) }
    : { giftAid: null, noGiftAid: noGiftAidReason(operator), recipient: recipientSentence(operator) };
}
