import { sourceLabel } from '../list/sourceLabel';
import type { ListRow } from '../list/types';
import { isInRange, type TimeRange } from './dateRange';

/** The leads created within the range (every lead for all time; one pass otherwise). */
export function leadsCreatedIn<Row extends Pick<ListRow, 'createdAt'>>(rows: readonly Row[], range: TimeRange): readonly Row[] {
  if (range.from === null && range.to === null) return rows;
  const out: Row[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Row;
    if (isInRange(row.createdAt, range)) out.push(row);
  }
  return out;
}

/** Leads per source (the list's source label: channel, else category; '' when none), most first. */
export function leadsBySource(rows: readonly Pick<ListRow, 'sourceCategory' | 'sourceChannel'>[]): { source: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const source = sourceLabel(row);
    counts.set(source, (counts.get(source) ?? 0) + 1);
  }
  return [...counts].map(([source, count]) => ({ source, count })).sort((a, b) => b.count - a.count || compareText(a.source, b.source));
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A share as a fraction, or null when there is nothing to share (no division by zero). */
export function rateOf(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}
