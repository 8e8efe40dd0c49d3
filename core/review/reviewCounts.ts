import type { ApprovalPolicy } from '../emails/approvalPolicy';
import { approvalNeeded } from '../emails/approvalPolicy';
import type { Email, EmailKind, EmailStatus } from '../model/email';
import type { LeadEventType } from '../model/event';
import type { Lead } from '../model/lead';
import type { ListRow } from '../list/types';
import type { Note } from '../model/note';
import type { Reminder } from '../model/reminder';
import type { ReviewItemId } from './reviewItems';
import { dayMs, localDayStart } from './reviewDay';

/**
 * The live counts of the daily review checklist (reviewItems.ts says in words what each counts).
 * Pure: everything, the time and the seller's UTC offset included, comes in as arguments.
 *
 * Leads come as list rows (the compact projection: cheap at 100,000 leads) plus, for the few
 * items that need what happened to a lead, the lead documents named by `leadsNeeded` (HOT leads
 * and leads active today). Events are read through each lead's `lastEventAt` (latest time per
 * event type, kept on the lead in the same write as the event), so no event is scanned.
 */

export type ReviewRow = Pick<ListRow, 'id' | 'engagementLevel' | 'urgency' | 'lastActivityAt'>;
export type ReviewLead = Pick<Lead, 'id' | 'lastInterestAt' | 'lastEventAt'>;
export type ReviewReminder = Pick<Reminder, 'id' | 'leadId' | 'kind' | 'dueAt' | 'done'>;
export type ReviewEmail = Pick<Email, 'id' | 'leadId' | 'status' | 'kind' | 'origin' | 'ruleId' | 'teamId' | 'ownerId' | 'createdAt'>;
export type ReviewNote = Pick<Note, 'leadId' | 'createdAt'>;

export interface ReviewRule {
  id: string;
  enabled: boolean;
  /** Why the stored rule cannot run; 0 when it can. */
  problems: number;
  pastSunset: boolean;
}

export interface ReviewApprover {
  userId: string;
  teamId: string;
  role: 'seller' | 'manager';
}

export interface ReviewInput {
  now: number;
  utcOffsetMinutes: number;
  approver: ReviewApprover;
  approvalPolicy: ApprovalPolicy;
  rows: readonly ReviewRow[];
  /** Lead documents by id: at least those `leadsNeeded` names (the others are not read). */
  leads: ReadonlyMap<string, ReviewLead>;
  /** Open reminders (done ones are ignored). */
  reminders: readonly ReviewReminder[];
  /** Emails not yet final: drafts, waiting for approval, approved, sending (others are ignored). */
  emails: readonly ReviewEmail[];
  /** Notes written today (earlier ones are ignored). */
  notes: readonly ReviewNote[];
  rules: readonly ReviewRule[];
}

export interface ReviewCount {
  /** null while a lead this item needs has not been read yet. */
  count: number | null;
  /** The leads behind the count (for lead items, reminders and emails: their leads), most pressing first. */
  leadIds: string[];
  /** Rule ids, for the custom actions item. */
  ruleIds: string[];
}

export type ReviewCounts = Record<ReviewItemId, ReviewCount>;

/** Emails not yet final: written, not yet sent, not given up. */
export const answerOnItsWay: readonly EmailStatus[] = ['draft', 'pending_approval', 'approved', 'sending'];
/** Kinds that answer a buyer; a questionnaire, nurture or marketing email does not. */
const answerKinds: readonly EmailKind[] = ['follow_up', 'quote', 'reply', 'other'];
/** Contact from the seller's side. */
const ourContactTypes: readonly LeadEventType[] = ['email_sent', 'call', 'meeting'];
/** A conversation worth a note. */
const conversationTypes: readonly LeadEventType[] = ['email_reply', 'chat', 'call', 'meeting'];

const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function latestOf(lead: ReviewLead, types: readonly string[]): number | null {
  let latest: number | null = null;
  for (const type of types) {
    const at = lead.lastEventAt?.[type];
    if (isTime(at) && (latest === null || at > latest)) latest = at;
  }
  return latest;
}

/** The lead documents the counts need: every HOT lead and every lead with activity today. */
export function leadsNeeded(rows: readonly ReviewRow[], now: number, utcOffsetMinutes: number): string[] {
  const dayStart = localDayStart(now, utcOffsetMinutes);
  return rows.filter((row) => row.engagementLevel === 'HOT' || (isTime(row.lastActivityAt) && row.lastActivityAt >= dayStart)).map((row) => row.id);
}

/** Every item's count. */
export function countReviewItems(input: ReviewInput): ReviewCounts {
  const { now } = input;
  const dayStart = localDayStart(now, input.utcOffsetMinutes);
  const dayEnd = dayStart + dayMs;
  const rows = Array.isArray(input.rows) ? input.rows : [];
  const isToday = (at: unknown): at is number => isTime(at) && at >= dayStart && at < dayEnd;

  const hot = rows.filter((row) => row.engagementLevel === 'HOT').sort(mostUrgentFirst);
  const activeToday = rows.filter((row) => isToday(row.lastActivityAt)).sort(latestActivityFirst);

  const openReminders = (input.reminders ?? []).filter((r) => r.done === false && isTime(r.dueAt));
  const plannedLeads = new Set(openReminders.map((r) => r.leadId));
  const callPlannedLeads = new Set(openReminders.filter((r) => r.kind === 'call' || r.kind === 'meeting').map((r) => r.leadId));

  // Per lead, the creation time of the latest answer the seller wrote that is on its way to them
  // (a rule's automatic draft, a questionnaire or a newsletter is not the seller's answer).
  const latestDraftAt = new Map<string, number>();
  for (const email of input.emails ?? []) {
    if (!answerOnItsWay.includes(email.status) || !isTime(email.createdAt) || email.ruleId !== '' || !answerKinds.includes(email.kind)) continue;
    latestDraftAt.set(email.leadId, Math.max(latestDraftAt.get(email.leadId) ?? -Infinity, email.createdAt));
  }
  /**
   * Answered at or after `at`: our email sent, call or meeting then or later (a call is itself the
   * sign of interest and the answer), or an email written since on its way.
   */
  const answeredSince = (lead: ReviewLead, at: number): boolean => {
    const ours = latestOf(lead, ourContactTypes);
    return (ours !== null && ours >= at) || (latestDraftAt.get(lead.id) ?? -Infinity) >= at;
  };
  const notedAt = new Map<string, number>();
  for (const note of input.notes ?? []) {
    if (isTime(note.createdAt)) notedAt.set(note.leadId, Math.max(notedAt.get(note.leadId) ?? -Infinity, note.createdAt));
  }

  /** Counts leads meeting `test`; unknown (null) while any of them is not read yet. */
  const fromLeads = (candidates: readonly ReviewRow[], test: (lead: ReviewLead) => boolean): ReviewCount => {
    const ids: string[] = [];
    let missing = false;
    for (const row of candidates) {
      const lead = input.leads.get(row.id);
      if (!lead) missing = true;
      else if (test(lead)) ids.push(row.id);
    }
    return { count: missing ? null : ids.length, leadIds: ids, ruleIds: [] };
  };
  const ofRows = (list: readonly ReviewRow[]): ReviewCount => ({ count: list.length, leadIds: list.map((r) => r.id), ruleIds: [] });

  const due = openReminders.filter((r) => r.dueAt <= now).sort((a, b) => a.dueAt - b.dueAt || compareIds(a.id, b.id));
  const toApprove = (input.emails ?? [])
    .filter((email) => email.status === 'pending_approval' && mayDecide(email, input.approver, input.approvalPolicy))
    .sort((a, b) => a.createdAt - b.createdAt || compareIds(a.id, b.id));
  const rulesToUpdate = (input.rules ?? []).filter((rule) => rule.enabled && (rule.problems > 0 || rule.pastSunset)).map((rule) => rule.id);

  return {
    'hot-alerts': ofRows(hot),
    'follow-ups': { count: due.length, leadIds: distinct(due.map((r) => r.leadId)), ruleIds: [] },
    'approve-emails': { count: toApprove.length, leadIds: distinct(toApprove.map((e) => e.leadId)), ruleIds: [] },
    'hot-first': fromLeads(hot, (lead) => {
      const interest = lead.lastInterestAt;
      return isTime(interest) && !answeredSince(lead, interest);
    }),
    'new-replies': fromLeads(activeToday, (lead) => {
      const reply = lead.lastEventAt?.email_reply;
      return isToday(reply) && !answeredSince(lead, reply);
    }),
    'engagement-notes': fromLeads(activeToday, (lead) => {
      const talk = latestOf(lead, conversationTypes);
      return isToday(talk) && (notedAt.get(lead.id) ?? -Infinity) < talk;
    }),
    'schedule-hot-calls': ofRows(hot.filter((row) => !callPlannedLeads.has(row.id))),
    'dashboard-metrics': ofRows(activeToday),
    'plan-tomorrow': ofRows(
      rows.filter((row) => (row.engagementLevel === 'HOT' || row.engagementLevel === 'WARM') && !plannedLeads.has(row.id)).sort(mostUrgentFirst),
    ),
    'custom-actions': { count: rulesToUpdate.length, leadIds: [], ruleIds: rulesToUpdate },
  };
}

/** The approval queue's "who decides" (the same as the navigation badge): team, then the policy's need. */
function mayDecide(email: ReviewEmail, approver: ReviewApprover, policy: ApprovalPolicy): boolean {
  if (approver.teamId !== email.teamId) return false;
  const need = approvalNeeded(email, policy);
  if (approver.role === 'manager') return true;
  return need.by === 'self' && approver.userId === email.ownerId;
}

function mostUrgentFirst(a: ReviewRow, b: ReviewRow): number {
  return b.urgency - a.urgency || compareIds(a.id, b.id);
}

function latestActivityFirst(a: ReviewRow, b: ReviewRow): number {
  return (b.lastActivityAt ?? 0) - (a.lastActivityAt ?? 0) || compareIds(a.id, b.id);
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function distinct(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
