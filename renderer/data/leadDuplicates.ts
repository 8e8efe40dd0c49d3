import { DuplicateIndex } from '../../core/capture/findDuplicates';
import type { ListRow } from '../../core/list/types';
import type { PossibleDuplicate } from './contract';

/**
 * Possible duplicates of a lead being typed, from the DuplicateIndex of core/capture, fed with
 * the list projection's rows. The index is built on first use (a capture screen), then kept in
 * step with every change the projection applies.
 */
export class LeadDuplicates {
  private index: DuplicateIndex | null = null;

  constructor(
    private readonly rows: () => readonly ListRow[],
    private readonly row: (id: string) => ListRow | undefined,
  ) {}

  /** Feed from the projection's onRowsChanged. */
  rowsChanged(upserts: readonly ListRow[], removedIds: readonly string[], replacedAll: boolean): void {
    if (replacedAll) {
      this.index = null;
      return;
    }
    if (!this.index) return;
    for (const id of removedIds) this.index.remove(id);
    for (const row of upserts) this.index.add(duplicateRow(row));
  }

  find(candidate: { name?: string; email?: string; phone?: string; company?: string }, limit = 10): PossibleDuplicate[] {
    this.index ??= new DuplicateIndex(this.rows().map(duplicateRow));
    const matches = this.index.find({ name: candidate.name, email: candidate.email, phone: candidate.phone, companyName: candidate.company }, { limit });
    return matches.flatMap((match) => {
      const row = this.row(match.id);
      return row ? [{ leadId: row.id, name: row.name, company: row.company, reason: match.reasons.join(', ') }] : [];
    });
  }
}

function duplicateRow(row: ListRow): { id: string; name: string; email: string; phone: string; companyName: string } {
  return { id: row.id, name: row.name, email: row.email, phone: row.phone, companyName: row.company };
}
