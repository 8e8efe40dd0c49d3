/** Number formatting shared by scoring reasons, so every explanation reads the same way. */

export const DAY_MS = 86_400_000;
export const WEEK_MS = 7 * DAY_MS;

export function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** "1 point", "2.5 points". */
export function pts(value: number): string {
  const v = round(value, 2);
  return `${v} ${Math.abs(v) === 1 ? 'point' : 'points'}`;
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
