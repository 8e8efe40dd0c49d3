import type { LiveEngagement } from '../hooks/useEngagement';
import type { ReferenceLabels } from '../../reference/referenceLabels';
import { formatDateTime } from '../../ui/formatDateTime';
import { formatRelativeTime } from '../../ui/formatRelativeTime';
import { buyingIntentText, isOverdue, levelText } from '../utils/engagementWords';
import { sinceLine, untouchedSentence } from '../utils/formatDays';
import '../leadDetail.css';

interface EngagementSectionProps {
  stage: string;
  live: LiveEngagement;
  now: number;
  stageLabel: ReferenceLabels['stageLabel'];
  onMoveToStage: (stage: string) => void;
}

/** Seed 000's engagement level with its reasons, the next follow-up, a stage suggestion and time untouched. */
export function EngagementSection({ stage, live, now, stageLabel, onMoveToStage }: EngagementSectionProps) {
  const { assessment, untouched, since } = live;
  const { level, followUp, suggestedStage } = assessment;
  const dueAt = followUp.dueAt ?? assessment.nextFollowUpAt;
  const overdue = isOverdue(dueAt, now);
  const target = suggestedStage?.customerStage ?? null;

  return (
    <section className="detail-section ld-section" aria-labelledby="engagement-heading">
      <h3 id="engagement-heading">Engagement</h3>
      <div className="ld-engagement-head">
        <span className={`ld-level ld-level-${level ?? 'none'}`} data-testid="engagement-level">
          {levelText(level)}
        </span>
        <span data-testid="engagement-urgency">Urgency {assessment.urgency}/10</span>
      </div>

      {assessment.signals.length > 0 ? (
        <ul className="ld-signals" aria-label="Why this level">
          {assessment.signals.map((s) => (
            <li key={s.key}>{s.text}</li>
          ))}
        </ul>
      ) : null}

      <dl className="ld-facts">
        <dt>Buying intent</dt>
        <dd>{buyingIntentText(assessment.buyingIntent)}</dd>

        <dt>Next follow-up</dt>
        <dd data-testid="next-follow-up" className={overdue ? 'ld-overdue' : undefined}>
          {dueAt === null ? (
            'Nothing planned'
          ) : (
            <>
              <time dateTime={new Date(dueAt).toISOString()}>{formatDateTime(dueAt)}</time> ({overdue ? `overdue, due ${formatRelativeTime(dueAt, now)}` : formatRelativeTime(dueAt, now)})
            </>
          )}
          {' — '}
          {followUp.text}
        </dd>

        <dt>Time untouched</dt>
        <dd>
          <span data-testid="time-untouched">
            {untouched.basis === 'interest' ? untouchedSentence(untouched.days) : `${untouchedSentence(null)} (${untouched.days === 1 ? '1 day' : `${untouched.days} days`} since the lead arrived)`}
          </span>
          <ul className="ld-since" aria-label="Time since each action">
            {since.map((v) => (
              <li key={v.id}>{sinceLine(v.label, v.days)}</li>
            ))}
          </ul>
        </dd>

        {suggestedStage !== null ? (
          <>
            <dt>Suggested stage</dt>
            <dd data-testid="suggested-stage">
              <p className="ld-help">{suggestedStage.reason}</p>
              {target !== null && target !== stage ? (
                <button type="button" onClick={() => onMoveToStage(target)}>
                  Move to {stageLabel(target)}
                </button>
              ) : null}
            </dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
