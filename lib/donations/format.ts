/** "£10" or "£12.34": whole pounds without pence. */
export function formatPounds(pence: number): string {
  const pounds = pence / 100;
  return Number.isInteger(pounds) ? `£${pounds.toLocaleString('en-GB')}` : `£${pounds.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

export function describeGift(amountPence: number, frequency: 'one_off' | 'monthly'): string {
  return frequency === 'monthly' ? `${formatPounds(amountPence)} every month` : `${formatPounds(amountPence)}, once`;
}
