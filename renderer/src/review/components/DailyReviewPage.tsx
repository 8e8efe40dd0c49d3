import { useState } from 'react';
import { doneSummary } from '../../../../core/review/reviewChecklist';
import { reviewSections, type ReviewItemId } from '../../../../core/review/reviewItems';
import { useLeadCenter } from '../../app/useLeadCenter';
import { useToastStore } from '../../ui/useToastStore';
import { useDailyReview } from '../hooks/useDailyReview';
import { ReviewItemRow } from './ReviewItemRow';
import '../review.css';

function dayTitle(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  if (year === undefined || month === undefined || date === undefined) return day;
  // The day key is already the seller's local day; format it as a calendar date.
  return new Date(Date.UTC(year, month - 1, date)).toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
}

/**
 * Seed 000's Daily Review Checklist: morning, afternoon and end of day, each item with its live
 * count, where to work on it, and a tick kept for the seller and the day. An item with nothing
 * left ticks itself; the seller's own tick or untick stays as they left it.
 */
export function DailyReviewPage() {
  const { data } = useLeadCenter();
  const review = useDailyReview();
  const showToast = useToastStore((state) => state.showToast);
  const [busy, setBusy] = useState<ReviewItemId | null>(null);

  const tick = (itemId: ReviewItemId, ticked: boolean) => {
    if (!review) return;
    setBusy(itemId);
    data.review
      .setTicked(review.day, itemId, ticked)
      .catch((error: unknown) => showToast({ tone: 'error', message: `The tick could not be saved: ${error instanceof Error ? error.message : String(error)}` }))
      .finally(() => setBusy(null));
  };

  return (
    <section className="page review-page" aria-labelledby="review-heading">
      <header className="page-header">
        <h1 id="review-heading">Daily review</h1>
        {review ? (
          <>
            <p className="muted">{dayTitle(review.day)}</p>
            <p className="review-summary" data-testid="review-summary" aria-live="polite">
              <progress max={review.total} value={review.done} aria-hidden="true" /> {doneSummary(review)}
            </p>
          </>
        ) : null}
      </header>
      {review === null ? (
        <p className="muted" aria-busy="true">
          Counting today’s work…
        </p>
      ) : (
        <>
          {review.counting ? (
            <p className="muted" aria-busy="true">
              Reading the leads some counts need…
            </p>
          ) : null}
          {reviewSections.map((section) => (
            <section key={section.id} className="review-section" aria-labelledby={`review-${section.id}`}>
              <h2 id={`review-${section.id}`}>
                {section.title} <span className="muted">· {section.minutes} minutes</span>
              </h2>
              <ul className="review-list">
                {review.items
                  .filter((item) => item.section === section.id)
                  .map((item) => (
                    <ReviewItemRow key={item.id} item={item} leadList={data.leadList} busy={busy === item.id} onTick={(ticked) => tick(item.id, ticked)} />
                  ))}
              </ul>
            </section>
          ))}
          <p className="muted">Ticks are kept for you and for today; tomorrow starts a fresh checklist. An item with nothing left ticks itself.</p>
        </>
      )}
    </section>
  );
}
