import type { Observable } from 'rxjs';
import type { CrowdedKey, DuplicateLinkKind } from '../../core/duplicates/scanDuplicates';
import type { MergeChoices, MergeFieldChoice } from '../../core/merge/mergeLeads';
import type { ChangeSetStatus } from '../../core/model/changeSet';
import type { Lead } from '../../core/model/lead';
import type { LeadRow, Progress } from './contract';

/**
 * The duplicates queue and merging (issue 6): leads that are probably one buyer, why, "not
 * duplicates", and merging two or more into one, recorded in the change journal and undoable.
 */

/** One reason leads are in a group, in words ("Same email: ana@acme.com"). */
export interface DuplicateReason {
  kind: DuplicateLinkKind;
  text: string;
  leadIds: readonly string[];
}

export interface DuplicateQueueGroup {
  /** Stable while the group keeps its first lead. */
  key: string;
  /** The leads (their list rows), oldest first. */
  leads: readonly LeadRow[];
  /** Strongest first. */
  reasons: readonly DuplicateReason[];
  /** Pairs in the group the seller said are not duplicates (still joined through another lead). */
  dismissedPairs: readonly (readonly [string, string])[];
}

export interface DuplicateQueueState {
  /** null until the first scan has finished. */
  groups: readonly DuplicateQueueGroup[] | null;
  /** Keys too many leads share to mean one buyer (info@…, a switchboard); not in the queue. */
  crowded: readonly CrowdedKey[];
  /** While a scan runs (in slices, the window stays usable); null otherwise. */
  scanning: (Progress & { phase: 'reading' | 'comparing' }) | null;
  /** Leads the last finished scan looked at. */
  scannedLeads: number;
  /** When the last scan finished (ms epoch). */
  scannedAt: number | null;
  error: string | null;
}

export interface MergeLeadSummary {
  lead: Lead;
  notes: number;
  reminders: number;
}

/** What the merge screen shows before anything is written. */
export interface MergePreviewData {
  survivorId: string;
  /** Survivor first. */
  leads: readonly MergeLeadSummary[];
  /** Fields with different values: pick one (default: the survivor's, else the first non-empty). */
  choices: readonly MergeFieldChoice[];
  /** Fields the survivor lacks that another lead fills. */
  filled: readonly { id: string; label: string; value: string; leadId: string }[];
  /** The survivor's tags after the merge (all leads' tags). */
  tags: readonly string[];
  /** Engagement counters after the merge (summed). */
  counters: Lead['counters'];
}

export interface MergeInput {
  leadIds: readonly string[];
  survivorId: string;
  /** Field id → the lead whose value the survivor keeps; fields left out take the default. */
  choices?: MergeChoices;
}

export interface MergeOutcome {
  /** The change set in the journal (undoMerge takes it). */
  changeSetId: string;
  survivor: Lead;
  mergedIds: readonly string[];
}

/** A merge into a lead, for its page (with the Undo). */
export interface MergeHistoryEntry {
  changeSetId: string;
  label: string;
  at: number;
  status: ChangeSetStatus;
  survivorId: string;
  /** The leads merged in, as they were just before. */
  merged: readonly { id: string; name: string; email: string; company: string }[];
  undoneAt: number | null;
  problems: readonly string[];
}

export interface DuplicateCenter {
  /** The queue, live. The first subscription starts a scan; lead changes that matter rescan. */
  observeQueue(): Observable<DuplicateQueueState>;
  /** Scans again now (in slices). */
  rescan(): void;
  /** "Not duplicates": every pair among `leadIds` leaves the queue (kept in config 'duplicate-dismissal'). */
  dismiss(leadIds: readonly string[]): Promise<void>;
  /** "Not a duplicate of these": the pairs between `leadId` and each of `others`. */
  dismissLead(leadId: string, others: readonly string[]): Promise<void>;
  /** Takes dismissals back (Undo), every pair among `leadIds`. */
  undismiss(leadIds: readonly string[]): Promise<void>;

  previewMerge(leadIds: readonly string[], survivorId: string): Promise<MergePreviewData>;
  /**
   * One change set: the survivor rewritten and rescored, the other leads soft-deleted, their
   * notes, reminders and questionnaire dispatches moved to the survivor; then events
   * (lead_updated {action: 'merged'} on the survivor, lead_deleted {action: 'merged', mergedInto}).
   */
  merge(input: MergeInput): Promise<MergeOutcome>;
  /** Undoes a merge field by field (undoChangeSet), records it and rescores the survivor; returns what could not be put back. */
  undoMerge(changeSetId: string): Promise<{ problems: readonly string[] }>;
  /** Every lead merged into this one (directly or through earlier merges), from the journal. */
  mergedLeadIdsOf(leadId: string): Promise<string[]>;
  /** Merges into this lead, newest first (applied and undone). */
  observeMergesInto(leadId: string): Observable<MergeHistoryEntry[]>;
}
