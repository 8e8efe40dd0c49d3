import type { EmailEventCounts, EmailFacts } from '../../core/dashboard/emailMetrics';
import type { TimeRange } from '../../core/dashboard/dateRange';
import type { Progress } from './contract';

/**
 * What the Dashboard reads besides the list projection (which already holds every lead figure):
 * when events happened and when emails were written and approved. The events collection is
 * indexed by lead and time only, so the times are read once (with progress) into an in-memory
 * index that then follows new events; a change of period is counted from memory at once.
 */

export interface DashboardActivity {
  /** email_sent, email_open, email_reply, email_bounce events within the period. */
  emailEvents: EmailEventCounts;
  /** rule_fired events within the period, per rule id. */
  ruleFirings: ReadonlyMap<string, number>;
  /** The name a rule deleted since fired under. */
  ruleNameOfDeleted(id: string): string | undefined;
  /** Every email's created and approved time (the period is applied by core/dashboard). */
  emails: readonly EmailFacts[];
}

export interface DashboardCenter {
  /** Monotonic; changes as reading progresses and whenever an event or email arrives or changes. */
  readonly version: number;
  /** True once every event and email has been read. */
  readonly ready: boolean;
  /** While reading: events and emails read so far and the expected total; null otherwise. */
  readonly loading: Progress | null;
  /** Why the last reading failed; load() tries again. */
  readonly error: string | null;
  /** Starts reading (once; later calls wait for the same reading). Resolves when ready. */
  load(): Promise<void>;
  /** What happened within the period, from memory (empty counts until ready). */
  activity(range: TimeRange): DashboardActivity;
  subscribe(listener: () => void): () => void;
}
