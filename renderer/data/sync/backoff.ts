/**
 * How long to wait before reconnecting after the n-th failure in a row (n = 1 for the first):
 * doubling from `baseMs`, capped at `capMs`, with "equal jitter" (half fixed, half random) so
 * that many clients cut off together by a platform restart do not all come back at once.
 */
export interface BackoffOptions {
  baseMs: number;
  capMs: number;
}

export const defaultReconnectBackoff: BackoffOptions = { baseMs: 500, capMs: 30_000 };

export function reconnectDelay(failures: number, random: () => number, options: BackoffOptions = defaultReconnectBackoff): number {
  if (!Number.isFinite(failures) || failures < 1) return 0;
  const base = Math.max(0, options.baseMs);
  const cap = Math.max(base, options.capMs);
  // 2^30 already exceeds any sane cap; stop before the number loses meaning.
  const ceiling = Math.min(cap, base * 2 ** Math.min(failures - 1, 30));
  const r = Math.min(1, Math.max(0, random()));
  return Math.round(ceiling / 2 + (ceiling / 2) * r);
}
