import type { LeadEventType } from '../model/event';
import type { Lead, RuleRun } from '../model/lead';
import type { Rule, RuleInput } from '../model/rule';
import type { GroupTrace } from './compileCriteria';

/**
 * The shapes the rule engine's parts share (issue 5): what woke the engine for a lead, what a rule
 * would do to it, and what a pass did. The engine is pure: it returns patches and effects; the data
 * layer applies them (the lead's patch in one write) and logs each firing as a rule_fired event.
 */

/** Names the seller chose for things a rule refers to, so a rule naming a missing one is refused when saved. */
export interface RuleCatalogueContext {
  groups: readonly { id: string; name: string }[];
  stages: readonly { id: string; name: string }[];
  emailTemplates: readonly { id: string; name: string }[];
  /** Questionnaire templates (issue 6 builds them); empty means "the default questionnaire" only. */
  questionnaireTemplates: readonly { id: string; name: string }[];
  /** People a lead or task can be assigned to (the seller and their team). */
  users: readonly { id: string; name: string }[];
}

/** Why the engine looks at a lead now. */
export type RuleCause =
  /** The lead was created (`created: true`, every field counts as changed) or edited. */
  | { kind: 'lead_changed'; created: boolean; fields: readonly string[]; before: Lead | null }
  /** An event was recorded on the lead (quote request, email open, questionnaire answered…). */
  | { kind: 'event'; eventType: LeadEventType; eventId: string }
  /**
   * The scheduler's tick: time_since triggers, repeats of periodic and in-cycle rules, and the
   * schedule-triggered rules whose scheduled moment has come (`dueScheduleRuleIds`).
   */
  | { kind: 'tick'; dueScheduleRuleIds: ReadonlySet<string> }
  /** The seller ran these rules by hand (a "manual" trigger, or "Run now" on any rule). */
  | { kind: 'manual'; ruleIds: ReadonlySet<string> };

/** Fields a rule may change on a lead. Derived fields (score, temperature…) are the brain's. */
export interface LeadRulePatch {
  group?: string;
  stage?: string;
  tags?: string[];
  ownerId?: string;
  priority?: Lead['priority'];
  scoreAdjustment?: number;
}
export type RulePatchField = keyof LeadRulePatch;

/**
 * Work a rule asks for outside the lead record. Each has a stable id made from the rule, the lead,
 * the run number and the action's index (stableId), so applying it twice after a crash writes it once.
 */
export type RuleEffect =
  | { kind: 'reminder'; id: string; leadId: string; reminderKind: 'call' | 'email' | 'meeting' | 'follow-up'; title: string; dueAt: number; assigneeId: string }
  /** Always a draft through the approval queue: a rule never sends. */
  | { kind: 'email'; id: string; leadId: string; templateId: string; useAi: boolean }
  | { kind: 'questionnaire'; id: string; leadId: string; templateId: string }
  | { kind: 'notification'; id: string; leadId: string; message: string };

/** One action of a firing, in the seller's words ("Move to group Qualified"). */
export interface PlannedAction {
  index: number;
  type: string;
  description: string;
  /** The lead fields it changes (empty for effects only). */
  changes: RulePatchField[];
  effect: RuleEffect | null;
}

export interface ActionPlan {
  patch: LeadRulePatch;
  effects: RuleEffect[];
  actions: PlannedAction[];
}

/** The run-time facts of a rule that are not in its definition (kept by the data layer). */
export interface RuleRunFacts {
  /** Firings across all leads so far: the basis of sunset "after N runs". */
  totalRuns: number;
}

export interface CompiledRule {
  readonly rule: Rule;
  /** Whether this cause wakes the rule for this lead (trigger only; criteria and mode are separate). */
  triggeredBy(cause: RuleCause, lead: Lead, now: number): boolean;
  matches(lead: Lead, now: number): boolean;
  explain(lead: Lead, now: number): GroupTrace;
  /** Whether the execution mode lets it act on the lead now (one-time, periodic, in-cycle state). */
  mayRun(run: RuleRun | undefined, now: number): boolean;
  /** Whether a periodic or in-cycle rule already under way on this lead repeats at this tick. */
  repeatsAt(run: RuleRun | undefined, now: number): boolean;
  /** Whether the rule is past its sunset (for all leads, or for this lead after its sunset event). */
  sunsetFor(lead: Lead | null, facts: RuleRunFacts, now: number): string | null;
  /** What the actions would do to this lead at this run number (pure, no side effects). */
  plan(lead: Lead, now: number, runNumber: number): ActionPlan;
  /** The lead fields its actions may change (for clash detection in previews). */
  readonly changes: readonly RulePatchField[];
}

export interface RuleFiring {
  ruleId: string;
  ruleName: string;
  version: number;
  /** 1 for the first run of this rule on this lead. */
  runNumber: number;
  cause: RuleCause['kind'];
  /** The pass round it fired in (1 = woken directly; 2+ = by another rule's change). */
  round: number;
  trace: GroupTrace;
  actions: PlannedAction[];
  /** This rule is blocking, matched, and stopped the rules listed (lower priority). */
  blocked: string[];
}

export interface RuleRunResult {
  /** The lead after every firing's patch and the updated ruleRuns (not re-derived: the caller derives). */
  lead: Lead;
  /** Only the fields that differ from the input lead (including ruleRuns when anything fired). */
  patch: LeadRulePatch & { ruleRuns?: Record<string, RuleRun> };
  effects: RuleEffect[];
  firings: RuleFiring[];
  /** In words, e.g. "Rule chain stopped after 5 rounds: …". */
  warnings: string[];
}

/** A reason a rule cannot be saved or run, naming the part and what is wrong. */
export interface RuleProblem {
  part: 'name' | 'trigger' | 'criteria' | 'actions' | 'mode' | 'priority' | 'sunset';
  /** The action's index for part 'actions'; null otherwise. */
  index: number | null;
  message: string;
}

export interface PreviewMatch {
  leadId: string;
  leadName: string;
  company: string;
  trace: GroupTrace;
  /** The actions in words, as they would apply to this lead. */
  actions: string[];
  highlights: string[];
}

export interface PreviewHighlight {
  kind: 'suppressed_email' | 'clash' | 'matches_almost_all' | 'matches_nothing' | 'blocked_by_other';
  message: string;
  leadIds: string[];
}

/** What a rule would have done to past leads; computed with no side effects. */
export interface RulePreview {
  totalLeads: number;
  /** Leads that arrived in the window and pass the optional filter. */
  considered: number;
  matched: number;
  /** e.g. {type: 'send_email', label: 'Send email', count: 5, sentence: '5 leads would receive the “Welcome” email'} */
  actionCounts: { type: string; label: string; count: number; sentence: string }[];
  /** The first matches (at most maxShown). */
  matches: PreviewMatch[];
  highlights: PreviewHighlight[];
}

/** A ready-made rule the seller starts from (seed 002 "Templates"). */
export interface RuleTemplate {
  id: string;
  name: string;
  description: string;
  draft: Omit<RuleInput, 'id' | 'ownerId' | 'teamId' | 'createdAt' | 'updatedAt' | 'version'>;
}
