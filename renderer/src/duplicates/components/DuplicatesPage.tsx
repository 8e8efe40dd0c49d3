import { useEffect, useRef, useState } from 'react';
import type { DuplicateQueueGroup, MergeOutcome } from '../../../data/duplicatesContract';
import { navigate } from '../../app/navigate';
import { useToastStore } from '../../ui/useToastStore';
import { useUndoMerge } from '../hooks/useUndoMerge';
import { ProgressBar } from '../../ui/ProgressBar';
import { formatDateTime } from '../../ui/formatDateTime';
import { useDuplicateQueue } from '../hooks/useDuplicateQueue';
import { DuplicateGroupCard } from './DuplicateGroupCard';
import { MergeScreen } from './MergeScreen';
import { useLeadCenter } from '../../app/useLeadCenter';
import './duplicates.css';

/** Groups shown at first and added by "Show more" (100,000 leads can give thousands of groups). */
const pageSize = 30;

const kindFilters = [
  { value: '', label: 'Every reason' },
  { value: 'email', label: 'Same email' },
  { value: 'phone', label: 'Same phone' },
  { value: 'name-company', label: 'Same name and company' },
  { value: 'similar-name', label: 'Similar name, same company' },
  { value: 'similar-company', label: 'Same name, similar company' },
] as const;

/**
 * The duplicates queue: leads that are probably one buyer, why, and what to do about it (merge
 * them, or say they are not duplicates). The merge screen replaces the queue while it is open.
 */
export function DuplicatesPage() {
  const { data } = useLeadCenter();
  const queue = useDuplicateQueue();
  const [merging, setMerging] = useState<DuplicateQueueGroup | null>(null);
  const [shown, setShown] = useState(pageSize);
  const [kind, setKind] = useState('');
  const [lastMerge, setLastMerge] = useState<{ outcome: MergeOutcome; name: string; undone: boolean } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const showToast = useToastStore((state) => state.showToast);
  const undoMerge = useUndoMerge();

  useEffect(() => {
    if (!merging) heading.current?.focus();
  }, [merging]);

  const undoLast = () => {
    if (!lastMerge || lastMerge.undone) return;
    setLastMerge({ ...lastMerge, undone: true });
    void undoMerge(lastMerge.outcome.changeSetId);
  };

  if (merging) {
    return (
      <MergeScreen
        group={merging}
        onClose={(outcome) => {
          setMerging(null);
          if (!outcome) return;
          const name = outcome.survivor.name || outcome.survivor.email || 'the kept lead';
          setLastMerge({ outcome, name, undone: false });
          showToast({
            message: `Merged ${outcome.mergedIds.length + 1} leads into ${name}`,
            durationMs: 10_000,
            action: { label: 'Undo', run: () => void undoMerge(outcome.changeSetId) },
          });
        }}
      />
    );
  }

  const groups = (queue.groups ?? []).filter((group) => kind === '' || group.reasons.some((reason) => reason.kind === kind));
  return (
    <section className="page duplicates-page" aria-labelledby="duplicates-heading">
      <header className="page-header">
        <h1 id="duplicates-heading" ref={heading} tabIndex={-1}>
          Duplicates
        </h1>
        <p className="muted" data-testid="duplicate-count">
          {queue.groups === null
            ? 'Looking for duplicates…'
            : queue.groups.length === 0
              ? 'No duplicates found'
              : `${queue.groups.length.toLocaleString()} ${queue.groups.length === 1 ? 'group' : 'groups'} of probable duplicates`}
          {queue.scannedAt !== null ? ` · ${queue.scannedLeads.toLocaleString()} leads checked ${formatDateTime(queue.scannedAt)}` : ''}
        </p>
        <button type="button" className="row" onClick={() => data.duplicates.rescan()} disabled={queue.scanning !== null}>
          Check again
        </button>
      </header>

      {lastMerge ? (
        <div className="duplicates-last-merge" role="status">
          {lastMerge.undone ? (
            <span>The merge into {lastMerge.name} was undone.</span>
          ) : (
            <>
              <span>
                Merged {lastMerge.outcome.mergedIds.length + 1} leads into{' '}
                <a
                  href={`#/leads/${encodeURIComponent(lastMerge.outcome.survivor.id)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    navigate({ name: 'lead', leadId: lastMerge.outcome.survivor.id });
                  }}
                >
                  {lastMerge.name}
                </a>
                .
              </span>
              <button type="button" onClick={undoLast}>
                Undo merge
              </button>
            </>
          )}
        </div>
      ) : null}

      {queue.scanning ? (
        <ProgressBar
          label={queue.scanning.phase === 'reading' ? 'Reading leads for duplicates' : 'Comparing emails, phones, names and companies'}
          progress={queue.scanning.total > 0 ? queue.scanning : null}
        />
      ) : null}
      {queue.error ? (
        <p className="field-error" role="alert">
          {queue.error}
        </p>
      ) : null}

      {queue.groups !== null && queue.groups.length > 0 ? (
        <div className="duplicates-toolbar">
          <label>
            Reason{' '}
            <select
              value={kind}
              onChange={(event) => {
                setKind(event.target.value);
                setShown(pageSize);
              }}
            >
              {kindFilters.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </label>
          <span className="muted">
            Same email and same phone are the surest; similar names and companies are worth a look before merging.
          </span>
        </div>
      ) : null}

      {queue.groups !== null && queue.groups.length === 0 ? (
        <div className="empty-state">
          <p>No two leads share an email, a phone number, or a (similar) name at the same company. New leads are checked as they arrive.</p>
        </div>
      ) : null}

      {groups.length > 0 ? (
        <ol className="duplicate-groups" aria-label="Probable duplicates">
          {groups.slice(0, shown).map((group) => (
            <DuplicateGroupCard key={group.key} group={group} onMerge={() => setMerging(group)} />
          ))}
        </ol>
      ) : queue.groups !== null && queue.groups.length > 0 ? (
        <p className="muted">No group has this reason.</p>
      ) : null}
      {groups.length > shown ? (
        <button type="button" onClick={() => setShown(shown + pageSize)}>
          Show {Math.min(pageSize, groups.length - shown)} more of {(groups.length - shown).toLocaleString()}
        </button>
      ) : null}

      {queue.crowded.length > 0 ? (
        <details className="duplicates-crowded">
          <summary>
            {queue.crowded.length} shared {queue.crowded.length === 1 ? 'address or number' : 'addresses and numbers'} left out
          </summary>
          <p className="muted">More than 50 leads share each of these, so they are a shared mailbox or switchboard, not one buyer.</p>
          <ul>
            {queue.crowded.slice(0, 20).map((key) => (
              <li key={`${key.kind}:${key.value}`}>
                {key.value} — {key.count.toLocaleString()} leads
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
