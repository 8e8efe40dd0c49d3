import { rule as ruleSchema, type Rule, type RuleAction, type RuleConditionGroup, type RuleExecutionMode, type RuleTrigger } from '../../../../core/model/rule';
import type { LeadEventType } from '../../../../core/model/event';
import { fail, succeed, type Result } from '../../../../core/model/result';
import type { RuleTemplate } from '../../../../core/rules/ruleTypes';
import type { RuleDraft } from '../../../data/ruleContract';

/** The rule as the Rule Builder holds it: every field present, so each step edits a plain value. */
export interface BuilderDraft {
  /** null until saved. */
  id: string | null;
  name: string;
  description: string;
  trigger: RuleTrigger;
  criteria: RuleConditionGroup;
  actions: RuleAction[];
  executionMode: RuleExecutionMode;
  priority: number;
  blocking: boolean;
  sunset: { expiresAt: number | null; afterRuns: number | null; afterEvent: LeadEventType | null };
  enabled: boolean;
}

const draftFields = ruleSchema.omit({ id: true, ownerId: true, teamId: true, createdAt: true, updatedAt: true, version: true });

/** A new rule: woken by a quote request, no conditions yet, off until the seller turns it on. */
export function emptyDraft(): BuilderDraft {
  return {
    id: null,
    name: '',
    description: '',
    trigger: { kind: 'event', eventTypes: ['quote_request'] },
    criteria: { combinator: 'all', conditions: [] },
    actions: [],
    executionMode: { kind: 'one_time' },
    priority: 5,
    blocking: false,
    sunset: { expiresAt: null, afterRuns: null, afterEvent: null },
    enabled: false,
  };
}

export function draftFromRule(rule: Rule): BuilderDraft {
  const { id, name, description, trigger, criteria, actions, executionMode, priority, blocking, sunset, enabled } = rule;
  return { id, name, description, trigger, criteria, actions, executionMode, priority, blocking, sunset, enabled };
}

/** A template's rule with every default filled in, or why the template cannot be used. */
export function draftFromTemplate(template: RuleTemplate): Result<BuilderDraft> {
  const parsed = draftFields.safeParse(template.draft);
  if (!parsed.success) return fail(`The template “${template.name}” cannot be used: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  // A template starts off: the seller previews it before it acts on leads.
  return succeed({ ...parsed.data, id: null, enabled: false });
}

/** What the data layer's validate/save/preview take. */
export function toRuleDraft(draft: BuilderDraft, enabled = draft.enabled): RuleDraft {
  const { id, ...fields } = draft;
  return id === null ? { ...fields, enabled } : { ...fields, enabled, id };
}

/** The draft dressed as a stored rule, for the sentence view (the base fields are never shown). */
export function ruleForWords(draft: BuilderDraft): Rule {
  const { id, ...fields } = draft;
  return { ...fields, id: id ?? 'draft', ownerId: 'draft', teamId: 'draft', createdAt: 0, updatedAt: 0, version: 1 };
}

/**
 * The draft with a stand-in name while it has none: the name is given last (Save step), yet the
 * data layer checks and previews only named rules.
 */
export function withStandInName(draft: BuilderDraft): BuilderDraft {
  return draft.name.trim() === '' ? { ...draft, name: 'Unnamed rule' } : draft;
}
