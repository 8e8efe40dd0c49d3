import type { Observable } from 'rxjs';
import type { ListColumn, ListFacets, ListFilters, ListQuery, ListRow } from '../../core/list/types';
import type { Lead, LeadInput } from '../../core/model/lead';
import type { LeadEvent, LeadEventType } from '../../core/model/event';
import type { LeadSettingsLoad } from '../../core/settings/leadSettings';
import type { Note } from '../../core/model/note';
import type { Reminder } from '../../core/model/reminder';
import type { EmailCenter } from './emailContract';
import type { RuleCenter } from './ruleContract';
import type { QuestionnaireCenter } from './questionnaireContract';
import type { ConversionCenter } from './conversionContract';
import type { DuplicateCenter } from './duplicatesContract';
import type { DashboardCenter } from './dashboardContract';
import type { ReviewCenter } from './reviewContract';
import type { SyncController } from './sync/syncContract';
import type { SyncConflictCenter } from './sync/conflictStore';

/**
 * What the UI may do with the local store. The UI codes against this contract only; the RxDB
 * implementation lives beside it (openLeadCenterData).
 */

export type SellerRole = 'seller' | 'manager';

/** The signed-in seller. Until the platform issue brings accounts, a local profile. */
export interface Seller {
  userId: string;
  userName: string;
  teamId: string;
  /** A manager may approve emails that need a manager's approval (approval policy). */
  role: SellerRole;
}

/** One row of the Lead Center list: the compact in-memory projection of a lead (core/list). */
export type LeadRow = ListRow;
export type LeadColumn = ListColumn;
export type LeadListFilters = ListFilters;
/** `sort: null` means newest first. */
export type LeadListQuery = ListQuery;

export interface LeadListProjection {
  /** Monotonic; changes whenever any row changes. */
  readonly version: number;
  readonly size: number;
  /** True once the initial load (snapshot + catch-up) has finished. */
  readonly ready: boolean;
  /** While the initial load runs: leads read so far and the expected total; null once ready. */
  readonly loading: Progress | null;
  /** Rows matching the query, in order. Fast enough to call on every keystroke. */
  query(query: LeadListQuery): readonly LeadRow[];
  get(id: string): LeadRow | undefined;
  /** Distinct values present (groups, sources, tags, countries, owner ids), for filter menus. */
  facets(): ListFacets;
  subscribe(listener: () => void): () => void;
}

export interface Progress {
  done: number;
  total: number;
}

/** Returned by a delete; passing it to restoreLeads brings the leads back as they were. */
export interface DeletedLeads {
  leads: readonly Lead[];
}

export interface PossibleDuplicate {
  leadId: string;
  name: string;
  company: string;
  reason: string;
}

export interface RecordLeadEventInput {
  type: LeadEventType;
  data?: LeadEvent['data'];
  /** When it happened; now unless given (a call logged later). */
  at?: number;
}

export type RescoreReason = 'startup' | 'daily' | 'settings' | 'manual';

export interface RescoreStatus {
  running: boolean;
  reason: RescoreReason | null;
  done: number;
  total: number;
  /** Leads whose score, temperature, level or follow-up changed in the last finished pass. */
  changed: number;
  lastFinishedAt: number | null;
  lastError: string | null;
}

export interface Rescoring {
  /** The status now (observe() for changes). */
  readonly status: RescoreStatus;
  observe(): Observable<RescoreStatus>;
  /** Runs a full pass now (waits for one already running, then runs again). */
  runNow(reason: RescoreReason): Promise<void>;
}

export interface LeadCenterData {
  readonly seller: Seller;
  readonly leadList: LeadListProjection;

  createLead(input: Omit<LeadInput, 'id' | 'ownerId' | 'teamId' | 'createdAt' | 'updatedAt'>): Promise<Lead>;
  /** Field-level patch; records lead_updated / group_changed / stage_changed / tag events. */
  updateLead(id: string, patch: Partial<Omit<Lead, 'id' | 'ownerId' | 'teamId' | 'createdAt' | 'updatedAt'>>): Promise<Lead>;
  getLead(id: string): Promise<Lead | null>;
  observeLead(id: string): Observable<Lead | null>;
  findPossibleDuplicates(candidate: { name?: string; email?: string; phone?: string; company?: string }): PossibleDuplicate[];

  moveLeadsToGroup(ids: readonly string[], group: string, onProgress?: (p: Progress) => void): Promise<void>;
  addTagToLeads(ids: readonly string[], tag: string, onProgress?: (p: Progress) => void): Promise<void>;
  removeTagFromLeads(ids: readonly string[], tag: string, onProgress?: (p: Progress) => void): Promise<void>;
  deleteLeads(ids: readonly string[], onProgress?: (p: Progress) => void): Promise<DeletedLeads>;
  restoreLeads(deleted: DeletedLeads): Promise<void>;
  /** Bulk load (demo data, imports); each lead is written whole or not at all. */
  insertLeads(leads: readonly Lead[], onProgress?: (p: Progress) => void): Promise<void>;

  observeEvents(leadId: string): Observable<LeadEvent[]>;
  /**
   * Records something that happened with the buyer (quote request, email open, call, …) and
   * brings the lead up to date in one lead write: counters, time untouched, customer stage
   * (forward only, with a stage_changed event naming the cause), engagement level and score.
   */
  recordLeadEvent(leadId: string, input: RecordLeadEventInput): Promise<Lead>;

  /** Scoring model, groups, stages and qualification options, live (defaults where unset). */
  observeLeadSettings(): Observable<LeadSettingsLoad>;
  /** The full rescoring pass: daily decay, a missed day at start-up, after a settings change. */
  readonly rescoring: Rescoring;

  /** Drafts, the approval queue and the outbox. */
  readonly emails: EmailCenter;

  /** Rules, their runner, preview, log and performance (issue 5). */
  readonly rules: RuleCenter;

  /** Questionnaire templates, dispatches to leads and the buyer's answers (issue 6). */
  readonly questionnaires: QuestionnaireCenter;

  /** Converting leads into contacts and accounts, and the Accounts pages (issue 6). */
  readonly conversion: ConversionCenter;

  /** The duplicates queue and merging (issue 6). */
  readonly duplicates: DuplicateCenter;

  /** The Dashboard's event and email times, read once on first use (issue 6). */
  readonly dashboard: DashboardCenter;

  /** The daily review checklist (issue 6). */
  readonly review: ReviewCenter;

  /** Replication with the platform (issue 7); null for a local profile (no platform connected). */
  readonly sync: SyncController | null;

  /** Needs review: documents the sync merge changed against this device's edit (issue 7). */
  readonly syncConflicts: SyncConflictCenter;

  observeNotes(leadId: string): Observable<Note[]>;
  addNote(leadId: string, body: string): Promise<Note>;
  editNote(id: string, body: string): Promise<Note>;
  deleteNote(id: string): Promise<void>;

  observeReminders(leadId: string): Observable<Reminder[]>;
  /** Open reminders due at or before `until`, soonest first, across all leads. */
  observeDueReminders(until: number): Observable<Reminder[]>;
  addReminder(leadId: string, input: { kind: Reminder['kind']; dueAt: number; title?: string }): Promise<Reminder>;
  setReminderDone(id: string, done: boolean): Promise<void>;
  markReminderNotified(id: string): Promise<void>;
  deleteReminder(id: string): Promise<void>;

  /** Typed config documents (saved views, capture sessions and drafts, tag catalogue). */
  getConfig<T>(kind: string, key: string): Promise<T | null>;
  setConfig<T>(kind: string, key: string, data: T): Promise<void>;
  deleteConfig(kind: string, key: string): Promise<void>;
  observeConfigKind<T>(kind: string): Observable<{ key: string; data: T }[]>;

  close(): Promise<void>;
}
