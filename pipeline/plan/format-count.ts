const numberFormat = new Intl.NumberFormat('en-US');

/** 1234 → "1,234": counts and limits in messages read the way people write them. */
export function formatCount(value: number): string {
  return numberFormat.format(value);
}
