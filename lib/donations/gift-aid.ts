/**
 * HMRC's model Gift Aid declaration. Bump the version whenever the wording changes: each
 * declaration stores the version the donor saw.
 */
export const GIFT_AID_WORDING_VERSION = 'hmrc-model-2026-1';

export const GIFT_AID_SCOPES = {
  this: 'I want to Gift Aid this donation to #FixTheCMS.',
  all: 'I want to Gift Aid this donation and any donations I make in the future or have made in the past 4 years to #FixTheCMS.',
} as const;

export const GIFT_AID_TAXPAYER_STATEMENT =
  'I am a UK taxpayer and understand that if I pay less Income Tax and/or Capital Gains Tax than the amount of Gift Aid claimed on all my donations in that tax year it is my responsibility to pay any difference.';

export type GiftAidScope = keyof typeof GIFT_AID_SCOPES;
