import { useMemo, useState } from 'react';
import type { MergeHistoryEntry } from '../../../data/duplicatesContract';
import { useLeadCenter } from '../../app/useLeadCenter';
import { formatDateTime } from '../../ui/formatDateTime';
import { useObservable } from '../../ui/useObservable';
import { useUndoMerge } from '../hooks/useUndoMerge';
import './duplicates.css';

const none: MergeHistoryEntry[] = [];

/** On a lead's page: the leads merged into it, with an Undo; nothing when there were none. */
export function MergedLeadsSection({ leadId }: { leadId: string }) {
  const { data } = useLeadCenter();
  const source = useMemo(() => data.duplicates.observeMergesInto(leadId), [data, leadId]);
  const merges = useObservable(source, none);
  const undoMerge = useUndoMerge();
  const [undoing, setUndoing] = useState<string | null>(null);
  if (merges.length === 0) return null;

  return (
    <section className="detail-section merged-leads" aria-labelledby="merged-leads-heading">
      <h3 id="merged-leads-heading">Merged leads</h3>
      <ul>
        {merges.map((entry) => {
          const names = entry.merged.map((lead) => lead.name || lead.email || lead.company || 'Unnamed lead').join(', ');
          return (
            <li key={entry.changeSetId} data-testid="merge-entry">
              <span>
                {names} <span className="muted">merged in {formatDateTime(entry.at)}</span>
                {entry.status === 'undone' ? <span className="muted"> · undone{entry.undoneAt !== null ? ` ${formatDateTime(entry.undoneAt)}` : ''}</span> : null}
              </span>
              {entry.status === 'applied' ? (
                <button
                  type="button"
                  disabled={undoing === entry.changeSetId}
                  aria-label={`Undo the merge of ${names}`}
                  onClick={() => {
                    setUndoing(entry.changeSetId);
                    void undoMerge(entry.changeSetId).finally(() => setUndoing(null));
                  }}
                >
                  {undoing === entry.changeSetId ? 'Undoing…' : 'Undo merge'}
                </button>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
