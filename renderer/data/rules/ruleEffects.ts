import { suppressionReason } from '../../../core/emails/suppression';
import type { EmailTemplateLibrary } from '../../../core/emails/emailTemplates';
import type { Actor } from '../../../core/model/base';
import { leadEvent, type LeadEvent } from '../../../core/model/event';
import type { Lead } from '../../../core/model/lead';
import { reminder } from '../../../core/model/reminder';
import type { RuleEffect } from '../../../core/rules/ruleTypes';
import type { EffectiveGroup } from '../../../core/settings/groupSettings';
import type { DataContext } from '../context';
import type { EmailCenter } from '../emailContract';
import { queryStorage } from '../queryStorage';
import { insertRow, writeRows } from '../storedDocuments';
import { parseOrThrow } from '../validate';

/** A notification a rule raises (the app shows it as an OS notification). */
export interface RuleNotification {
  leadId: string;
  title: string;
  message: string;
}

export interface RuleEffectDeps {
  ctx: DataContext;
  emails: EmailCenter;
  groups: () => readonly EffectiveGroup[];
  templateLibrary: () => Promise<EmailTemplateLibrary>;
  notify: (notification: RuleNotification) => void;
  /** Effect ids of notifications already raised in this session (a notification is not stored). */
  notified: Set<string>;
  /** Sends questionnaires (issue 6); without it the action says questionnaires are not available. */
  questionnaires?: RuleQuestionnaires;
}

/** What the "send questionnaire" action needs of data.questionnaires. */
export interface RuleQuestionnaires {
  sendForRule(leadId: string, options: { templateId?: string; dispatchId?: string; ruleId?: string }): Promise<{ created: boolean; unfilledTokens: string[] }>;
}

export interface EffectOutcome {
  /** False when the effect could not be applied (or was refused, e.g. a suppressed address). */
  ok: boolean;
  /** In words, for the firing's log entry; null when there is nothing to say. */
  message: string | null;
  /** Events to record with the firing (reminder_created). */
  events: LeadEvent[];
}

/** An event by a rule (its actor), written with the runner's other events. */
export function ruleEvent(ctx: DataContext, leadId: string, type: LeadEvent['type'], actor: Actor, data: LeadEvent['data'], now: number): LeadEvent {
  return parseOrThrow(
    leadEvent,
    { id: ctx.newId(), ownerId: ctx.seller.userId, teamId: ctx.seller.teamId, createdAt: now, updatedAt: now, leadId, type, at: now, actor, data },
    'event',
  );
}

/** Whether this rule already drafted an email for this lead in this run (a repeated apply). */
/** Whether this run of the rule already drafted this template for the lead (a rule may queue several templates). */
async function alreadyDrafted(ctx: DataContext, leadId: string, ruleId: string, templateId: string, since: number): Promise<boolean> {
  const docs = await queryStorage(ctx.db.emails, { selector: { leadId }, sort: [{ leadId: 'asc' }, { updatedAt: 'asc' }] });
  return docs.some((doc) => doc.ruleId === ruleId && doc.templateId === templateId && doc.createdAt >= since);
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Applies one effect of a firing. Each is idempotent: a reminder's document id is the effect id
 * (a second insert is a conflict, not a copy); an email is not drafted twice for one run of the
 * rule on the lead (`runAt`: the time the run was recorded on the lead). A rule never sends:
 * emails are drafts in the approval queue, and a lead that must not be emailed gets none.
 */
export async function applyEffect(deps: RuleEffectDeps, effect: RuleEffect, lead: Lead, rule: { id: string; name: string }, actor: Actor, runAt: number): Promise<EffectOutcome> {
  const { ctx } = deps;
  const now = ctx.clock();
  try {
    switch (effect.kind) {
      case 'reminder': {
        const value = parseOrThrow(
          reminder,
          {
            id: effect.id,
            ownerId: ctx.seller.userId,
            teamId: ctx.seller.teamId,
            createdAt: now,
            updatedAt: now,
            leadId: lead.id,
            kind: effect.reminderKind,
            title: effect.title,
            dueAt: effect.dueAt,
            origin: 'rule',
            assigneeId: effect.assigneeId === '' ? lead.ownerId : effect.assigneeId,
          },
          'reminder',
        );
        const { written } = await writeRows(ctx.db.reminders, [insertRow(value)], 'lead-center-rule-reminder');
        if (written.length === 0) return { ok: true, message: null, events: [] };
        const created = ruleEvent(ctx, lead.id, 'reminder_created', actor, { reminderId: value.id, kind: value.kind, dueAt: value.dueAt, title: value.title }, now);
        return { ok: true, message: null, events: [created] };
      }
      case 'questionnaire': {
        const suppressed = suppressionReason(lead, deps.groups());
        if (suppressed !== null) return { ok: false, message: `Questionnaire not sent: ${suppressed}`, events: [] };
        if (!deps.questionnaires) return { ok: false, message: 'Questionnaires are not available here.', events: [] };
        // The effect id is the dispatch id: a firing applied twice finds its dispatch and sends nothing more.
        const sent = await deps.questionnaires.sendForRule(lead.id, { templateId: effect.templateId, dispatchId: effect.id, ruleId: rule.id });
        const unfilled = sent.unfilledTokens.length > 0 ? `The email has unfilled tokens: ${sent.unfilledTokens.join(', ')}.` : null;
        return { ok: true, message: unfilled, events: [] };
      }
      case 'email': {
        const suppressed = suppressionReason(lead, deps.groups());
        if (suppressed !== null) return { ok: false, message: `Email not drafted: ${suppressed}`, events: [] };
        const templateId = effect.templateId;
        if (await alreadyDrafted(ctx, lead.id, rule.id, templateId, runAt)) return { ok: true, message: null, events: [] };
        const outcome = await deps.emails.draftFromTemplate(lead.id, templateId, { useAi: effect.useAi, ruleId: rule.id });
        const notes = [outcome.fallbackReason, outcome.unfilledTokens.length > 0 ? `The draft has unfilled tokens: ${outcome.unfilledTokens.join(', ')}.` : null].filter((n): n is string => n !== null);
        return { ok: true, message: notes.length > 0 ? notes.join(' ') : null, events: [] };
      }
      case 'notification': {
        if (deps.notified.has(effect.id)) return { ok: true, message: null, events: [] };
        deps.notified.add(effect.id);
        deps.notify({ leadId: lead.id, title: rule.name, message: effect.message });
        return { ok: true, message: null, events: [] };
      }
    }
  } catch (error) {
    return { ok: false, message: `${effectLabel(effect)} failed: ${message(error)}`, events: [] };
  }
}

function effectLabel(effect: RuleEffect): string {
  switch (effect.kind) {
    case 'reminder':
      return 'Creating the task';
    case 'email':
      return 'Drafting the email';
    case 'questionnaire':
      return 'Queueing the questionnaire';
    case 'notification':
      return 'The notification';
  }
}
