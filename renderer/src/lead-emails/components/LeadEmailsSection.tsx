import { useMemo, useState } from 'react';
import { analyseLead } from '../../../../core/emails/leadAnalysis';
import type { LeadEvent } from '../../../../core/model/event';
import type { Lead } from '../../../../core/model/lead';
import { useLeadSettings } from '../../lead-settings/useLeadSettings';
import { useApprovalPolicy } from '../../approvals/hooks/useApprovalPolicy';
import { useEmails } from '../../approvals/hooks/useEmails';
import { useTemplateLibrary } from '../../approvals/hooks/useTemplateLibrary';
import { effectiveGroups } from '../../../../core/settings/groupSettings';
import { LeadAnalysisFacts } from '../../approvals/components/LeadAnalysisFacts';
import { DraftEmailForm } from './DraftEmailForm';
import { EmailConsent } from './EmailConsent';
import { LeadEmailDraft } from './LeadEmailDraft';
import { LeadEmailItem } from './LeadEmailItem';
import './leadEmails.css';

interface LeadEmailsSectionProps {
  lead: Lead;
  events: readonly LeadEvent[];
  now: number;
}

/** The lead's emails: draft one from a template (or the AI drafter), submit or approve it, and see what became of each. */
export function LeadEmailsSection({ lead, events, now }: LeadEmailsSectionProps) {
  const emails = useEmails({ leadId: lead.id }, lead.id);
  const policy = useApprovalPolicy();
  const templates = useTemplateLibrary();
  const templateName = useMemo(() => {
    const names = new Map(templates.map((t) => [t.id, t.name]));
    return (id: string) => names.get(id) ?? null;
  }, [templates]);
  const { settings } = useLeadSettings();
  const analysis = useMemo(
    () => analyseLead(lead, events, now, { settings: settings.engagement, library: { templates: [...templates] } }),
    [lead, events, now, settings.engagement, templates],
  );
  const groups = useMemo(() => effectiveGroups(settings.groups), [settings.groups]);
  const [open, setOpen] = useState<{ id: string; fallbackReason: string | null } | null>(null);
  const sorted = useMemo(() => [...(emails ?? [])].sort((a, b) => b.createdAt - a.createdAt), [emails]);
  const openEmail = open ? sorted.find((email) => email.id === open.id) : undefined;

  return (
    <section className="detail-section lead-emails" aria-labelledby="lead-emails-heading" data-testid="lead-emails">
      <h3 id="lead-emails-heading">Emails</h3>
      <EmailConsent lead={lead} groups={groups} />
      <DraftEmailForm
        leadId={lead.id}
        level={lead.engagementLevel}
        templates={templates}
        analysis={analysis}
        hasAddress={lead.email.trim() !== ''}
        onDrafted={(outcome) => setOpen({ id: outcome.email.id, fallbackReason: outcome.fallbackReason })}
      />
      {openEmail ? (
        <div className="lead-email-workspace">
          <LeadEmailDraft key={openEmail.id} email={openEmail} policy={policy} templateName={templateName} fallbackReason={open?.fallbackReason ?? null} onClose={() => setOpen(null)} />
          <LeadAnalysisFacts analysis={analysis} headingId={`lead-email-analysis-${lead.id}`} />
        </div>
      ) : null}
      {emails === null ? (
        <p className="muted">Reading emails…</p>
      ) : sorted.length === 0 ? (
        <p className="muted">No emails to this lead yet.</p>
      ) : (
        <ul className="lead-email-list" aria-label="Emails to this lead">
          {sorted.map((email) => (
            <LeadEmailItem key={email.id} email={email} onOpen={() => setOpen({ id: email.id, fallbackReason: null })} />
          ))}
        </ul>
      )}
    </section>
  );
}
