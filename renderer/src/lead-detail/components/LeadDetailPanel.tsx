import { useMemo, type ReactNode } from 'react';
import type { Lead } from '../../../../core/model/lead';
import { navigate } from '../../app/navigate';
import { useLeadCenter } from '../../app/useLeadCenter';
import { useReferenceLabels } from '../../reference/useReferenceLabels';
import { formatDateTime } from '../../ui/formatDateTime';
import { useObservable } from '../../ui/useObservable';
import { useToastStore } from '../../ui/useToastStore';
import { useLeadSettings } from '../../lead-settings/useLeadSettings';
import { useEngagement } from '../hooks/useEngagement';
import { useLeadEvents } from '../hooks/useLeadEvents';
import { useLiveScore } from '../hooks/useLiveScore';
import { useScoringNow } from '../hooks/useScoringNow';
import { leadFieldEditors } from '../utils/leadFieldEditors';
import { LeadEmailsSection } from '../../lead-emails/components/LeadEmailsSection';
import { ActivityTimeline } from './ActivityTimeline';
import { ConvertSection } from './ConvertSection';
import { EngagementSection } from './EngagementSection';
import { InlineField } from './InlineField';
import { LogActivityForm } from './LogActivityForm';
import { NotesSection } from './NotesSection';
import { QualificationSection } from './QualificationSection';
import { RemindersSection } from './RemindersSection';
import { ScoreSection } from './ScoreSection';
import { StageField } from './StageField';
import { TagsSection } from './TagsSection';
import { MergedLeadsSection } from '../../duplicates/components/MergedLeadsSection';
import { QuestionnaireSection } from './QuestionnaireSection';

const loading = Symbol('loading');

function priorityFrom(value: string): Lead['priority'] {
  return value === 'high' || value === 'medium' || value === 'low' ? value : null;
}

/** One lead: every field editable in place, group and stage, score, engagement, qualification, tags, notes, reminders, activity. */
export function LeadDetailPanel({ leadId }: { leadId: string }) {
  const { data } = useLeadCenter();
  const source = useMemo(() => data.observeLead(leadId), [data, leadId]);
  const lead = useObservable<Lead | null | typeof loading>(source, loading);

  const close = (
    <button type="button" className="icon-button close-button" aria-label="Close lead" title="Close (Esc)" onClick={() => navigate({ name: 'leads' })}>
      ×
    </button>
  );

  if (lead === loading) {
    return (
      <aside className="detail-panel" aria-label="Lead" aria-busy="true">
        {close}
        <p className="muted">Opening the lead…</p>
      </aside>
    );
  }
  if (lead === null) {
    return (
      <aside className="detail-panel" aria-label="Lead">
        {close}
        <h2>Lead not found</h2>
        <p className="muted">It may have been deleted. Deleted leads can be restored right after deleting them.</p>
      </aside>
    );
  }

  return <LeadDetail key={lead.id} lead={lead} close={close} />;
}

/** The open lead; its live score and events are computed here, so they exist only once a lead is loaded. */
function LeadDetail({ lead, close }: { lead: Lead; close: ReactNode }) {
  const leadId = lead.id;
  const { data } = useLeadCenter();
  const { groups, stages, groupLabel, stageLabel } = useReferenceLabels();
  const { settings } = useLeadSettings();
  const showToast = useToastStore((state) => state.showToast);
  const events = useLeadEvents(leadId);
  const now = useScoringNow(lead);
  const engagement = useEngagement(lead, events, now, settings.engagement);
  // Scored with the level assessed now, as the store's lead brain does (the level is a criterion).
  const assessedLead = useMemo(
    () => (lead.engagementLevel === engagement.assessment.level ? lead : { ...lead, engagementLevel: engagement.assessment.level }),
    [lead, engagement.assessment.level],
  );
  const live = useLiveScore(assessedLead, events, settings.scoring, now);

  const title = lead.name || lead.email || lead.company.name || 'Unnamed lead';
  async function save(patch: Parameters<typeof data.updateLead>[1]) {
    try {
      await data.updateLead(leadId, patch);
    } catch (error) {
      showToast({ tone: 'error', message: `Not saved: ${error instanceof Error ? error.message : String(error)}` });
      throw error;
    }
  }

  return (
    <aside className="detail-panel" aria-labelledby="lead-title">
      <header className="detail-header">
        <div>
          <h2 id="lead-title">{title}</h2>
          <p className="muted">
            {[lead.jobTitle, lead.company.name].filter(Boolean).join(' at ')}
            {lead.source.event ? ` · met at ${lead.source.event}` : ''}
          </p>
        </div>
        <div className={`score-badge score-${lead.temperature}`} aria-label={`Score ${Math.round(lead.score)} of 100, ${lead.temperature}`}>
          <strong>{Math.round(lead.score)}</strong>
          <span>{lead.temperature}</span>
        </div>
        {close}
      </header>

      <section className="detail-section" aria-label="Details">
        <dl className="field-grid">
          {leadFieldEditors.map((editor) => (
            <InlineField
              key={editor.key}
              label={editor.label}
              type={editor.type}
              value={editor.read(lead)}
              display={editor.display ? editor.display(lead) : editor.read(lead)}
              validate={(raw) => editor.validate(raw, lead)}
              onSave={async (clean) => {
                if (clean === (editor.stored ?? editor.read)(lead)) return;
                await save(editor.patch(lead, clean));
              }}
            />
          ))}
          <div className="inline-field">
            <dt>
              <label htmlFor="lead-group">Group</label>
            </dt>
            <dd>
              <select id="lead-group" value={lead.group} onChange={(event) => void save({ group: event.target.value })}>
                {groups.some((g) => g.id === lead.group) ? null : <option value={lead.group}>{groupLabel(lead.group)}</option>}
                {groups.map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.name}
                  </option>
                ))}
              </select>
            </dd>
          </div>
          <StageField stage={lead.stage} stages={stages} stageLabel={stageLabel} events={events} now={now} onChange={(stage) => void save({ stage }).catch(() => undefined)} />
          <div className="inline-field">
            <dt>
              <label htmlFor="lead-priority">Priority</label>
            </dt>
            <dd>
              {/* Seed 002: High, Medium, Low; set here or by a rule's "set priority". */}
              <select id="lead-priority" value={lead.priority ?? ''} onChange={(event) => void save({ priority: priorityFrom(event.target.value) })}>
                <option value="">Not set</option>
                <option value="high">High</option>
                <option value="medium">Medium</option>
                <option value="low">Low</option>
              </select>
            </dd>
          </div>
          <div className="inline-field">
            <dt>Source</dt>
            <dd>{[lead.source.category, lead.source.channel].filter(Boolean).join(' / ') || '—'}</dd>
          </div>
          <div className="inline-field">
            <dt>Captured</dt>
            <dd>
              {formatDateTime(lead.createdAt)}
              {lead.source.capturedBy ? ` by ${lead.source.capturedBy}` : ''}
            </dd>
          </div>
        </dl>
      </section>

      <ConvertSection lead={lead} />
      <ScoreSection lead={lead} live={live} />
      <EngagementSection stage={lead.stage} live={engagement} now={now} stageLabel={stageLabel} onMoveToStage={(stage) => void save({ stage }).catch(() => undefined)} />
      <LeadEmailsSection lead={lead} events={events} now={now} />
      <QuestionnaireSection lead={lead} />
      <LogActivityForm leadId={leadId} now={now} />
      <QualificationSection qualification={lead.qualification} options={settings.qualification} onSave={(qualification) => save({ qualification })} />
      <TagsSection leadId={leadId} tags={lead.tags} />
      <NotesSection leadId={leadId} />
      <RemindersSection leadId={leadId} />
      <MergedLeadsSection leadId={leadId} />
      <ActivityTimeline events={events} />
    </aside>
  );
}
