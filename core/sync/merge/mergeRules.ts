import type { ReplicatedCollection } from '../protocol';

/**
 * How each field of a replicated document merges when both sides changed it (the design's
 * "Merge" section). Paths are field names from the document's top; `*` matches any key.
 * - recurse: a plain object merged key by key (company.name and company.website edited on two
 *   devices both survive).
 * - max: timestamps of "the latest" kind; the later one is right whichever device saw it.
 * - sum: counters; both devices' increments count (base + Δmine + Δtheirs).
 * - set: tags; added on either side kept, removed on either side removed.
 * - higherCount: a rule's run record; the one that counted more runs saw more.
 * - auditUnion: an email's status history; both sides' entries, by time.
 * - derived: computed by the app from the rest (the score and what goes with it): the platform's
 *   value, not listed, since the app rescores.
 * Any other field changed differently on both sides takes the platform's value (theirs, the
 * first change to reach the platform) and is listed for review.
 */
export type FieldRule = 'recurse' | 'max' | 'sum' | 'set' | 'higherCount' | 'auditUnion' | 'derived';

type RuleTable = Readonly<Record<string, FieldRule>>;

const leadRules: RuleTable = {
  company: 'recurse',
  qualification: 'recurse',
  consent: 'recurse',
  source: 'recurse',
  customFields: 'recurse',
  platformFacts: 'recurse',
  lastEventAt: 'recurse',
  'lastEventAt.*': 'max',
  ruleRuns: 'recurse',
  'ruleRuns.*': 'higherCount',
  counters: 'recurse',
  'counters.*': 'sum',
  tags: 'set',
  updatedAt: 'max',
  lastActivityAt: 'max',
  lastInterestAt: 'max',
  score: 'derived',
  scoreBreakdown: 'derived',
  temperature: 'derived',
  engagementLevel: 'derived',
  urgency: 'derived',
};

const contactRules: RuleTable = { customFields: 'recurse', consent: 'recurse', tags: 'set', updatedAt: 'max' };
const accountRules: RuleTable = { customFields: 'recurse', tags: 'set', updatedAt: 'max' };

/** A rule's run bookkeeping is written by the rule runner on every device: counts add up, times take the latest. */
const storedRuleRules: RuleTable = {
  updatedAt: 'max',
  runState: 'recurse',
  'runState.totalRuns': 'sum',
  'runState.leadsAffected': 'sum',
  'runState.lastFiredAt': 'max',
  'runState.lastRunAt': 'max',
  'runState.lastScheduledRunAt': 'max',
  'runState.actionsTriggered': 'recurse',
  'runState.actionsTriggered.*': 'sum',
  'runState.recent': 'derived',
};

const rulesByCollection: Readonly<Record<ReplicatedCollection, RuleTable>> = {
  leads: leadRules,
  // A config's payload is settings-like: its keys (and their nested objects) merge one by one.
  config: { data: 'recurse', 'data.**': 'recurse', updatedAt: 'max' },
  emails: { auditTrail: 'auditUnion', updatedAt: 'max' },
  contacts: contactRules,
  accounts: accountRules,
  dispatches: { answers: 'recurse', updatedAt: 'max' },
  notes: { updatedAt: 'max' },
  reminders: { updatedAt: 'max' },
  rules: storedRuleRules,
  // Events are immutable: mergeDocuments keeps the platform's copy whole.
  events: {},
};

/** The rule for a field at `segments` (keys from the document's top), or null for the default. */
export function fieldRule(collection: ReplicatedCollection, segments: readonly string[]): FieldRule | null {
  const table = rulesByCollection[collection];
  const exact = segments.join('.');
  if (Object.prototype.hasOwnProperty.call(table, exact)) return table[exact] ?? null;
  if (segments.length >= 2) {
    const parent = segments.slice(0, -1).join('.');
    const starred = `${parent}.*`;
    if (Object.prototype.hasOwnProperty.call(table, starred)) return table[starred] ?? null;
  }
  // `x.**`: every plain object below x merges key by key.
  const [top] = segments;
  if (top !== undefined && segments.length >= 2 && Object.prototype.hasOwnProperty.call(table, `${top}.**`)) return table[`${top}.**`] ?? null;
  return null;
}

/** Fields whose change is bookkeeping, not an edit: they do not bring a deleted document back. */
export function isBookkeepingField(collection: ReplicatedCollection, field: string): boolean {
  if (field === 'updatedAt') return true;
  return rulesByCollection[collection][field] === 'derived';
}
