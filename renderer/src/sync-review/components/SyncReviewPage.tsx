import { useEffect, useRef } from 'react';
import { useSyncConflicts } from '../hooks/useSyncConflicts';
import { SyncConflictCard } from './SyncConflictCard';
import './syncReview.css';

/**
 * Needs review (#/sync-review): documents changed on this device and on the platform at the same
 * time, where the merge kept the platform's value. Each says which fields, both values, and lets
 * the seller keep their own (a normal edit that syncs) or accept the platform's.
 */
export function SyncReviewPage() {
  const conflicts = useSyncConflicts();
  const heading = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLOListElement>(null);
  // After a card is resolved, focus goes to the card that takes its place (or the heading).
  const focusAfter = useRef<number | null>(null);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  useEffect(() => {
    const index = focusAfter.current;
    if (index === null || conflicts === null) return;
    focusAfter.current = null;
    const cards = list.current?.querySelectorAll<HTMLElement>('[data-card-index]') ?? [];
    const next = cards[Math.min(index, cards.length - 1)];
    (next ?? heading.current)?.focus();
  }, [conflicts]);

  const count = conflicts?.length ?? 0;
  return (
    <section className="page sync-review-page" aria-labelledby="sync-review-heading">
      <header className="page-header">
        <h1 id="sync-review-heading" ref={heading} tabIndex={-1}>
          Needs review
        </h1>
        <p className="muted" data-testid="sync-review-count" aria-live="polite">
          {conflicts === null ? 'Reading…' : count === 0 ? 'Nothing to review' : `${count.toLocaleString()} ${count === 1 ? 'document' : 'documents'} changed here and on the platform at the same time`}
        </p>
      </header>

      {conflicts !== null && count > 0 ? (
        <p className="sync-review-intro">
          The same field was changed on this device and on the platform before they could sync. The platform’s value was kept so every device agrees. Keep mine
          writes your value back (it syncs like any edit); Use theirs leaves the platform’s.
        </p>
      ) : null}

      {conflicts !== null && count === 0 ? (
        <div className="empty-state" data-testid="sync-review-empty">
          <p>Nothing to review. When a lead or setting is changed here and on the platform at the same time, what needs your decision shows up here.</p>
        </div>
      ) : null}

      {conflicts !== null && count > 0 ? (
        <ol className="sync-conflicts" ref={list} aria-label="Changes to review">
          {conflicts.map((conflict, index) => (
            <SyncConflictCard
              key={conflict.key}
              conflict={conflict}
              index={index}
              onResolved={(resolvedIndex) => {
                focusAfter.current = resolvedIndex;
              }}
            />
          ))}
        </ol>
      ) : null}
    </section>
  );
}
