import { useState } from 'react';
import { templatesForLevel, type EmailTemplate } from '../../../../core/emails';
import type { LeadAnalysis } from '../../../../core/emails/leadAnalysis';
import type { EngagementLevel } from '../../../../core/list/types';
import type { DraftOutcome } from '../../../data/emailContract';
import { useLeadCenter } from '../../app/useLeadCenter';
import { useBusyAction } from '../../ui/useBusyAction';
import { kindText } from '../../approvals/utils/emailWords';

interface DraftEmailFormProps {
  leadId: string;
  level: EngagementLevel | null;
  templates: readonly EmailTemplate[];
  analysis: LeadAnalysis | null;
  hasAddress: boolean;
  onDrafted(outcome: DraftOutcome): void;
}

/** Pick a template (the analysis' recommendation first), optionally ask the AI drafter, and draft. */
export function DraftEmailForm({ leadId, level, templates, analysis, hasAddress, onDrafted }: DraftEmailFormProps) {
  const { data } = useLeadCenter();
  const ordered = templatesForLevel({ templates: [...templates] }, level);
  const rest = templates.filter((t) => !ordered.includes(t));
  const recommended = analysis?.recommendedTemplateId && templates.some((t) => t.id === analysis.recommendedTemplateId) ? analysis.recommendedTemplateId : (ordered[0]?.id ?? templates[0]?.id ?? '');
  const [picked, setPicked] = useState<string | null>(null);
  const templateId = picked ?? recommended;
  const [useAi, setUseAi] = useState(false);
  const { busy, error, run } = useBusyAction();
  const chosen = templates.find((t) => t.id === templateId);

  return (
    <form
      className="draft-email-form"
      aria-label="Draft an email"
      onSubmit={(event) => {
        event.preventDefault();
        if (!templateId) return;
        void run(async () => onDrafted(await data.emails.draftFromTemplate(leadId, templateId, { useAi })));
      }}
    >
      <label htmlFor={`draft-template-${leadId}`}>Template</label>
      <select id={`draft-template-${leadId}`} value={templateId} onChange={(event) => setPicked(event.target.value)}>
        {[...ordered, ...rest].map((template) => (
          <option key={template.id} value={template.id}>
            {template.name}
            {template.id === recommended ? ' (recommended)' : ''}
          </option>
        ))}
      </select>
      <div className="row">
        <label className="check">
          <input type="checkbox" checked={useAi} onChange={(event) => setUseAi(event.target.checked)} />
          Use AI drafter
        </label>
        <button type="submit" className="primary" disabled={busy || !templateId}>
          {busy ? 'Drafting…' : 'Draft email'}
        </button>
      </div>
      {chosen ? (
        <p className="muted small">
          {kindText(chosen.kind)}
          {chosen.emailType && chosen.emailType !== kindText(chosen.kind) ? ` · ${chosen.emailType}` : ''}
          {chosen.tone ? ` · tone: ${chosen.tone}` : ''}
          {chosen.callToAction ? ` · asks: ${chosen.callToAction}` : ''}
          {chosen.suggestedAttachments.length > 0 ? ` · attach: ${chosen.suggestedAttachments.join(', ')}` : ''}
        </p>
      ) : null}
      {analysis ? (
        <p className="muted small" data-testid="draft-analysis">
          Recommended: {analysis.recommendedMessageType} — {analysis.nextBestAction}
        </p>
      ) : null}
      {!hasAddress ? <p className="field-error">This lead has no email address; add one before the email can be approved.</p> : null}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
