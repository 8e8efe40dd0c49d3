import type { LeadAnalysis } from '../../../../core/emails/leadAnalysis';
import { buyingIntentText } from '../../lead-detail/utils/engagementWords';

/** Seed 000's "AI analysis", computed on this device: shown beside every draft (queue and lead detail). */
export function LeadAnalysisFacts({ analysis, headingId }: { analysis: LeadAnalysis; headingId: string }) {
  return (
    <section className="context-block" aria-labelledby={headingId} data-testid="lead-analysis">
      <h3 id={headingId}>AI analysis (on this device)</h3>
      <dl className="email-facts">
        <dt>Buying intent</dt>
        <dd>
          {buyingIntentText(analysis.buyingIntent)}
          {analysis.intentReasons.length > 0 ? (
            <ul className="reason-list">
              {analysis.intentReasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          ) : null}
        </dd>
        <dt>Pain points</dt>
        <dd>{analysis.painPoints.length === 0 ? <span className="muted">None known yet</span> : analysis.painPoints.join('; ')}</dd>
        <dt>Next best action</dt>
        <dd>{analysis.nextBestAction}</dd>
        <dt>Recommended message</dt>
        <dd>{analysis.recommendedMessageType}</dd>
      </dl>
    </section>
  );
}
