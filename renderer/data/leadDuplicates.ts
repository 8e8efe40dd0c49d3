import { DuplicateIndex } from '../../core/capture/findDuplicates';
import type { ListRow } from '../../core/list/types';
import type { PossibleDuplicate } from './contract';

/** Rows indexed per slice while building in the background (~50 ms of work here). */
const sliceSize = 4_000;

/**
 * Possible duplicates of a lead being typed, from the DuplicateIndex of core/capture, fed with
 * the list projection's rows. Indexing 100,000 leads costs about a second (phone and name
 * keys), so after the list (re)loads the index is built in slices between frames; a lookup
 * before it is complete finishes the build at once. Changes are applied as they come.
 */
export class LeadDuplicates {
  private index = new DuplicateIndex();
  /** Ids still to index after a reload, and where the background build has got to. */
  private pending: readonly string[] = [];
  private next = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly rows: () => readonly ListRow[],
    private readonly row: (id: string) => ListRow | undefined,
  ) {}

  /** Feed from the projection's onRowsChanged. */
  rowsChanged(upserts: readonly ListRow[], removedIds: readonly string[], replacedAll: boolean): void {
    if (replacedAll) {
      this.index = new DuplicateIndex();
      this.pending = this.rows().map((row) => row.id);
      this.next = 0;
      this.scheduleSlice();
      return;
    }
    for (const id of removedIds) this.index.remove(id);
    for (const row of upserts) this.index.add(duplicateRow(row));
  }

  find(candidate: { name?: string; email?: string; phone?: string; company?: string }, limit = 10): PossibleDuplicate[] {
    this.indexPending(Number.POSITIVE_INFINITY);
    const matches = this.index.find({ name: candidate.name, email: candidate.email, phone: candidate.phone, companyName: candidate.company }, { limit });
    return matches.flatMap((match) => {
      const row = this.row(match.id);
      return row ? [{ leadId: row.id, name: row.name, company: row.company, reason: match.reasons.join(', ') }] : [];
    });
  }

  stop(): void {
    clearTimeout(this.timer);
  }

  private scheduleSlice(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (!this.indexPending(sliceSize)) this.scheduleSlice();
    }, 0);
  }

  /** Indexes up to `budget` pending leads; true when none are left. */
  private indexPending(budget: number): boolean {
    const end = Math.min(this.pending.length, this.next + budget);
    for (; this.next < end; this.next++) {
      // The current row, not the one listed at reload: it may have changed or gone since.
      const current = this.row(this.pending[this.next] as string);
      if (current && !this.index.has(current.id)) this.index.add(duplicateRow(current));
    }
    if (this.next < this.pending.length) return false;
    this.pending = [];
    this.next = 0;
    return true;
  }
}

function duplicateRow(row: ListRow): { id: string; name: string; email: string; phone: string; companyName: string } {
  return { id: row.id, name: row.name, email: row.email, phone: row.phone, companyName: row.company };
}
