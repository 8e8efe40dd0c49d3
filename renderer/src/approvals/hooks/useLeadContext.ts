import { useMemo } from 'react';
import { analyseLead, type LeadAnalysis } from '../../../../core/emails/leadAnalysis';
import type { LeadEvent } from '../../../../core/model/event';
import type { Lead } from '../../../../core/model/lead';
import type { Note } from '../../../../core/model/note';
import { useLeadCenter } from '../../app/useLeadCenter';
import { useLeadSettings } from '../../lead-settings/useLeadSettings';
import { useObservable } from '../../ui/useObservable';
import { useTemplateLibrary } from './useTemplateLibrary';

const noEvents: LeadEvent[] = [];
const noNotes: Note[] = [];
const loading = Symbol('loading');

export interface LeadContext {
  /** undefined while loading, null when the lead is gone. */
  lead: Lead | null | undefined;
  events: LeadEvent[];
  notes: Note[];
  analysis: LeadAnalysis | null;
}

/** What an approver needs beside a draft: the lead, its events and notes, and seed 000's analysis, live. */
export function useLeadContext(leadId: string, now: number): LeadContext {
  const { data } = useLeadCenter();
  const lead = useObservable<Lead | null | typeof loading>(useMemo(() => data.observeLead(leadId), [data, leadId]), loading);
  const events = useObservable(useMemo(() => data.observeEvents(leadId), [data, leadId]), noEvents);
  const notes = useObservable(useMemo(() => data.observeNotes(leadId), [data, leadId]), noNotes);
  const { settings } = useLeadSettings();
  const templates = useTemplateLibrary();
  const analysis = useMemo(
    () => (lead !== loading && lead !== null ? analyseLead(lead, events, now, { settings: settings.engagement, library: { templates: [...templates] } }) : null),
    [lead, events, now, settings.engagement, templates],
  );
  return { lead: lead === loading ? undefined : lead, events, notes, analysis };
}
