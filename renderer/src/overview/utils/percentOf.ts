/** A share as a whole percentage for tables ("12%"), "<1%" for small non-zero shares, "—" of nothing. */
export function percentOf(count: number, total: number): string {
  if (!(total > 0)) return '—';
  if (count <= 0) return '0%';
  const percent = (count / total) * 100;
  return percent < 1 ? '<1%' : `${Math.round(percent)}%`;
}
