import { describeCount } from '../../../../core/review/reviewItems';
import type { ReviewItemState } from '../../../../core/review/reviewChecklist';
import type { LeadListProjection } from '../../../data/contract';
import { formatDateTime } from '../../ui/formatDateTime';
import { reviewLinks } from '../utils/reviewLinks';

/** Leads named under an item; the rest are in the linked view. */
const leadsShown = 10;

interface Props {
  item: ReviewItemState;
  leadList: LeadListProjection;
  onTick: (ticked: boolean) => void;
  busy: boolean;
}

/** One checklist item: tick box, live count, what it counts, where to work on it, and its leads. */
export function ReviewItemRow({ item, leadList, onTick, busy }: Props) {
  const link = reviewLinks[item.id];
  const checkboxId = `review-${item.id}`;
  const countText = item.count === null ? 'counting…' : describeCount(item, item.count);
  const state =
    item.by === 'nothing-left'
      ? 'done — nothing left'
      : item.by === 'you'
        ? item.ticked
          ? `ticked by you${item.at !== null ? ` at ${formatDateTime(item.at)}` : ''}`
          : 'unticked by you'
        : null;
  return (
    <li className={`review-item${item.ticked ? ' is-done' : ''}`} data-testid={`review-item-${item.id}`}>
      <input
        id={checkboxId}
        type="checkbox"
        className="review-check"
        checked={item.ticked}
        disabled={busy}
        aria-describedby={`${checkboxId}-count ${checkboxId}-def`}
        onChange={(event) => onTick(event.target.checked)}
      />
      <div className="review-item-main">
        <div className="review-item-head">
          <label htmlFor={checkboxId} className="review-item-title">
            {item.title}
          </label>
          <span id={`${checkboxId}-count`} className={`review-count${item.count !== null && item.count > 0 ? ' has-work' : ''}`} data-testid="review-count">
            {countText}
            {state ? <span className="review-state"> · {state}</span> : null}
          </span>
        </div>
        <p id={`${checkboxId}-def`} className="muted review-definition">
          {item.counts}
        </p>
        <div className="review-item-links">
          <a href={link.href}>{link.label}</a>
          {item.leadIds.length > 0 ? (
            <details className="review-leads">
              <summary>
                Show {item.leadIds.length === 1 ? 'the lead' : item.leadIds.length > leadsShown ? `the first ${leadsShown} leads` : `the ${item.leadIds.length} leads`}
              </summary>
              <ul>
                {item.leadIds.slice(0, leadsShown).map((id) => {
                  const row = leadList.get(id);
                  const who = row ? row.name || row.email || row.company || 'Unnamed lead' : 'Deleted lead';
                  return (
                    <li key={id}>
                      {row ? <a href={`#/leads/${encodeURIComponent(id)}`}>{who}</a> : who}
                      {row?.company && row.name ? <span className="muted"> · {row.company}</span> : null}
                    </li>
                  );
                })}
              </ul>
            </details>
          ) : null}
        </div>
      </div>
    </li>
  );
}
