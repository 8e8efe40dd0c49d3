import type { Observable } from 'rxjs';
import type { RuleConditionGroup, RuleInput, Rule } from '../../core/model/rule';
import type { Result } from '../../core/model/result';
import type { RuleCatalogueContext, RulePreview, RuleProblem, RuleTemplate } from '../../core/rules/ruleTypes';
import type { Progress } from './contract';

/**
 * What the UI may do with rules (issue 5): keep them, preview them on past leads with no side
 * effects, switch them on and off, read their execution log and performance. The rule runner
 * acts on leads by itself: real-time triggers within a second, time-based ones on its tick.
 */

/** A rule as the Rule Builder edits it: the stored fields the data layer does not set itself. */
export type RuleDraft = Omit<RuleInput, 'id' | 'ownerId' | 'teamId' | 'createdAt' | 'updatedAt' | 'version'> & { id?: string };

export interface RuleStats {
  /** Firings across all leads (rule_fired events). */
  timesFired: number;
  /** Different leads it acted on. */
  leadsAffected: number;
  lastFiredAt: number | null;
  /** Last scheduler pass that evaluated it (schedule, time_since, periodic, in-cycle). */
  lastRunAt: number | null;
}

export interface RuleSummary {
  rule: Rule;
  stats: RuleStats;
  /** Why the stored rule cannot run now (e.g. a group it moves leads to was deleted); empty when fine. */
  problems: RuleProblem[];
  /** Past its sunset: in words, or null. */
  sunset: string | null;
}

export interface RuleLogEntry {
  /** The rule_fired event's id. */
  id: string;
  ruleId: string;
  ruleName: string;
  version: number;
  leadId: string;
  leadName: string;
  at: number;
  cause: string;
  /** The actions in words ("Move to group Qualified", "Queue email Hot quotation for approval"). */
  actions: string[];
  outcome: 'applied' | 'partly_applied' | 'failed';
  /** Warnings and failures in words; empty when all went well. */
  messages: string[];
}

export interface RulePerformance {
  ruleId: string;
  timesFired: number;
  leadsAffected: number;
  actionsTriggered: { type: string; label: string; count: number }[];
  /** What happened to the leads it acted on, after it first acted on them. */
  outcomes: { label: string; leads: number }[];
}

export interface RuleLogFilter {
  ruleId?: string;
  leadId?: string;
  /** Newest first, at most this many (default 200). */
  limit?: number;
}

export interface PreviewRequest {
  rule: RuleDraft;
  /** Leads that arrived in the last N days (1–3650). */
  lastDays: number;
  /** Optional segment to preview on (same criteria language as the rule). */
  filter?: RuleConditionGroup;
}

export interface RunnerStatus {
  enabledRules: number;
  /** A scheduler pass is going through the leads. */
  running: boolean;
  lastTickAt: number | null;
  lastError: string | null;
}

export interface RuleCenter {
  /** Every rule (not deleted) with its stats, priority order (1 first), then name. */
  observe(): Observable<RuleSummary[]>;
  get(id: string): Promise<Rule | null>;
  /** The names a rule may refer to now: groups, stages, email templates, users. */
  catalogue(): Promise<RuleCatalogueContext>;
  /** Checks a draft the way save does, without saving. */
  validate(draft: RuleDraft): Promise<Result<Rule, RuleProblem[]>>;
  /**
   * Saves a new rule (off unless the draft says enabled) or an edit (version + 1). Throws a
   * RuleValidationError (with .problems) when the rule cannot run.
   */
  save(draft: RuleDraft): Promise<Rule>;
  setEnabled(id: string, enabled: boolean): Promise<Rule>;
  delete(id: string): Promise<void>;
  /** Runs the draft over past leads and writes nothing at all. */
  preview(request: PreviewRequest, onProgress?: (progress: Progress) => void): Promise<RulePreview>;
  /** Runs one enabled rule now over every lead (its trigger is treated as met); returns the firings. */
  runNow(id: string, onProgress?: (progress: Progress) => void): Promise<{ leadsChecked: number; fired: number }>;
  observeLog(filter: RuleLogFilter): Observable<RuleLogEntry[]>;
  performance(ruleId: string): Promise<RulePerformance>;
  templates(): readonly RuleTemplate[];
  runner: {
    observe(): Observable<RunnerStatus>;
    /** One scheduler pass now (tests and "Run scheduled rules now"). */
    tickNow(): Promise<void>;
  };
}

export class RuleValidationError extends Error {
  constructor(readonly problems: readonly RuleProblem[]) {
    super(problems.map((p) => p.message).join('\n'));
    this.name = 'RuleValidationError';
  }
}
