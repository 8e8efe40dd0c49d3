import { useState } from 'react';
import type { RulePreview } from '../../../../core/rules/ruleTypes';
import type { Progress } from '../../../data/contract';
import { routeToHash } from '../../app/routeToHash';
import { useLeadCenter } from '../../app/useLeadCenter';
import { useBusyAction } from '../../ui/useBusyAction';
import { toRuleDraft, withStandInName, type BuilderDraft } from '../utils/builderDraft';
import { parseNumber } from '../utils/conditionValue';
import { TraceView } from './TraceView';

interface PreviewStepProps {
  draft: BuilderDraft;
  /** The draft does not validate: previewing would only repeat the problems. */
  blocked: boolean;
}

/** Step 5: what the rule would have done to past leads, with nothing written anywhere. */
export function PreviewStep({ draft, blocked }: PreviewStepProps) {
  const { data } = useLeadCenter();
  const [daysText, setDaysText] = useState('30');
  const [preview, setPreview] = useState<{ result: RulePreview; days: number } | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const run = useBusyAction();
  const days = parseNumber(daysText);
  const daysValid = days !== null && Number.isInteger(days) && days >= 1 && days <= 3650;

  return (
    <div className="builder-step-body">
      <p className="muted">The preview runs the rule over leads that arrived in the last days you choose. It changes nothing: no lead, task or email is touched.</p>
      <form
        className="row builder-fields"
        onSubmit={(event) => {
          event.preventDefault();
          if (!daysValid || blocked) return;
          void run.run(async () => {
            setProgress(null);
            const result = await data.rules.preview({ rule: toRuleDraft(withStandInName(draft)), lastDays: days }, setProgress);
            setPreview({ result, days });
          });
        }}
      >
        <label>
          Leads from the last (days)
          <input type="number" min={1} max={3650} step={1} value={daysText} aria-invalid={!daysValid} onChange={(event) => setDaysText(event.target.value)} />
        </label>
        <button type="submit" className="primary" disabled={run.busy || !daysValid || blocked}>
          {run.busy ? 'Previewing…' : 'Run preview'}
        </button>
        {run.busy && progress ? (
          <span className="muted" role="status">
            {progress.done.toLocaleString()} of {progress.total.toLocaleString()} leads
          </span>
        ) : null}
      </form>
      {!daysValid ? <p className="field-error">Choose a whole number of days from 1 to 3650.</p> : null}
      {blocked ? <p className="field-error">Fix the problems on the earlier steps to preview the rule.</p> : null}
      {run.error ? (
        <p className="field-error" role="alert">
          The preview failed: {run.error}
        </p>
      ) : null}
      {preview ? <PreviewResult preview={preview.result} days={preview.days} /> : null}
    </div>
  );
}

function PreviewResult({ preview, days }: { preview: RulePreview; days: number }) {
  return (
    <section className="preview-result" aria-labelledby="preview-heading" aria-live="polite">
      <h3 id="preview-heading">Preview</h3>
      <p data-testid="preview-matched">
        <strong>{preview.matched.toLocaleString()}</strong> of {preview.considered.toLocaleString()} leads from the last {days} days would match (
        {preview.totalLeads.toLocaleString()} leads in all).
      </p>
      {preview.actionCounts.length > 0 ? (
        <ul className="plain-list" aria-label="What the rule would do">
          {preview.actionCounts.map((count) => (
            <li key={count.type + count.label}>{count.sentence}</li>
          ))}
        </ul>
      ) : null}
      {preview.highlights.length > 0 ? (
        <ul className="preview-highlights" aria-label="Worth a look">
          {preview.highlights.map((highlight, i) => (
            <li key={i} className={`highlight-${highlight.kind}`}>
              {highlight.message}
            </li>
          ))}
        </ul>
      ) : null}
      {preview.matches.length > 0 ? (
        <>
          <h4>Matching leads{preview.matches.length < preview.matched ? ` (first ${preview.matches.length.toLocaleString()})` : ''}</h4>
          <ol className="preview-matches">
            {preview.matches.map((match) => (
              <li key={match.leadId}>
                <details>
                  <summary>
                    <a href={routeToHash({ name: 'lead', leadId: match.leadId })}>{match.leadName || match.leadId}</a>
                    {match.company ? <span className="muted"> · {match.company}</span> : null}
                    {match.highlights.length > 0 ? <span className="rule-flag"> {match.highlights.length} to check</span> : null}
                  </summary>
                  <TraceView trace={match.trace} />
                  {match.actions.length > 0 ? (
                    <ul className="plain-list small">
                      {match.actions.map((action, i) => (
                        <li key={i}>→ {action}</li>
                      ))}
                    </ul>
                  ) : null}
                  {match.highlights.map((h, i) => (
                    <p key={i} className="field-error small">
                      {h}
                    </p>
                  ))}
                </details>
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p className="muted">No lead would match.</p>
      )}
    </section>
  );
}
