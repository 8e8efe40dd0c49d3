import type { Lead } from '../model/lead';
import type { JsonValue } from '../model/json';
import { fail, succeed, type Result } from '../model/result';
import type { RuleCondition, RuleConditionGroup } from '../model/rule';
import { findCriterion, type CriterionDefinition, type CriterionType, type CriterionValue } from './criteriaCatalogue';

/**
 * A rule's criteria compiled once into closures (no eval: the app's CSP forbids it), then run
 * synchronously per lead (issue 5 groundwork). Each run can return a trace: which condition held,
 * with the lead's value beside the expected one. Compiling checks every condition and names the
 * criterion and what is wrong, so a rule is refused when saved rather than failing later.
 */

export type RuleOperator =
  | 'equals'
  | 'not_equals'
  | 'contains'
  | 'not_contains'
  | 'in_list'
  | 'not_in_list'
  | 'greater_than'
  | 'less_than'
  | 'within_range'
  | 'is_empty'
  | 'is_not_empty';

const textOperators: readonly RuleOperator[] = ['equals', 'not_equals', 'contains', 'not_contains', 'in_list', 'not_in_list', 'is_empty', 'is_not_empty'];
const numberOperators: readonly RuleOperator[] = ['equals', 'not_equals', 'greater_than', 'less_than', 'within_range', 'is_empty', 'is_not_empty'];

/** Seed 002: operators by data type. */
export const operatorsFor: Record<CriterionType, readonly RuleOperator[]> = {
  text: textOperators,
  number: numberOperators,
  tags: ['contains', 'not_contains', 'in_list', 'not_in_list', 'is_empty', 'is_not_empty'],
  yes_no: ['equals', 'not_equals'],
  custom: [...new Set([...textOperators, ...numberOperators])],
};

export interface ConditionTrace {
  criterion: string;
  label: string;
  operator: RuleOperator;
  expected: JsonValue;
  actual: CriterionValue;
  held: boolean;
}

export interface GroupTrace {
  combinator: 'all' | 'any';
  held: boolean;
  parts: (ConditionTrace | GroupTrace)[];
}

/** One compiled node: the bare answer (fast path), and the same answer with its values. */
interface Test {
  held(lead: Lead, now: number): boolean;
  trace(lead: Lead, now: number): ConditionTrace | GroupTrace;
}

export interface CompiledCriteria {
  /** Whether the lead meets the criteria now; no trace is built (the fast path). */
  matches(lead: Lead, now: number): boolean;
  /** The same answer with every condition's values, for previews and the execution log. */
  explain(lead: Lead, now: number): GroupTrace;
}

/** Case-insensitive comparison key. 'en' lower-casing is toLowerCase (only tr, az and lt differ). */
const fold = (value: string): string => value.trim().toLowerCase();

/**
 * The fold of a lead's value, remembered: leads repeat the same few values (groups, countries,
 * industries, tags), and folding each on every condition of every lead dominated a pass. A pure
 * memo (same input, same output), bounded so a store of unique values cannot grow it without end.
 */
const foldedValues = new Map<string, string>();
const maxFoldedValues = 20_000;
function foldValue(value: string): string {
  let folded = foldedValues.get(value);
  if (folded === undefined) {
    folded = fold(value);
    if (foldedValues.size < maxFoldedValues) foldedValues.set(value, folded);
  }
  return folded;
}

function isStringList(value: JsonValue): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** True when folding would not change the text: printable ASCII with no capitals, no space at either end. */
function isFolded(value: string): boolean {
  const n = value.length;
  if (n === 0 || value.charCodeAt(0) === 32 || value.charCodeAt(n - 1) === 32) return n === 0;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c < 32 || c > 126 || (c >= 65 && c <= 90)) return false;
  }
  return true;
}

/**
 * Case-insensitive equality with a folded key, without folding in the common cases: most lead
 * values differ from the key in length or in their first letters. Anything unusual (spaces at
 * the ends, letters beyond ASCII) takes the full fold.
 */
function equalsFolded(actual: string, key: string, keyIsAscii: boolean): boolean {
  if (actual === key) return true;
  if (!keyIsAscii) return foldValue(actual) === key;
  const n = actual.length;
  if (n < key.length) return false; // trimming and lower-casing never make text shorter
  const first = actual.charCodeAt(0);
  const last = actual.charCodeAt(n - 1);
  if (first <= 32 || last <= 32 || first > 126 || last > 126) return foldValue(actual) === key;
  if (n !== key.length) return false;
  for (let i = 0; i < n; i++) {
    const c = actual.charCodeAt(i);
    const k = key.charCodeAt(i);
    if (c === k) continue;
    if (c >= 65 && c <= 90 && c + 32 === k) continue;
    if (c > 126) return foldValue(actual) === key;
    return false;
  }
  return true;
}

const isAscii = (value: string): boolean => isFolded(value.replace(/[A-Z]/g, 'a'));

type Read = CriterionDefinition['read'];
type Held = (lead: Lead, now: number) => boolean;

/**
 * The test of one condition, with the lead's value read inside it: one closure per condition
 * shape, so a pass over 100,000 leads makes one call per condition (the benchmark's goal is
 * within 2× of hand-written predicates). Expected values are folded once, here.
 *
 * Empty values (DESIGN.md): a comparison with a value the lead does not have (null) is false,
 * whatever the operator, unless the operator is "is empty"; "is empty" also holds for an empty
 * list. An empty tag list is a known list, so "does not contain" holds for it.
 */
function predicate(type: CriterionType, operator: RuleOperator, expected: JsonValue, read: Read): Result<Held> {
  if (operator === 'is_empty') {
    return succeed((lead, now) => {
      const actual = read(lead, now);
      return actual === null || (Array.isArray(actual) && actual.length === 0);
    });
  }
  if (operator === 'is_not_empty') {
    return succeed((lead, now) => {
      const actual = read(lead, now);
      return actual !== null && !(Array.isArray(actual) && actual.length === 0);
    });
  }

  if (type === 'yes_no') {
    if (typeof expected !== 'boolean') return fail('needs yes or no');
    const wanted = operator === 'equals' ? expected : !expected;
    return succeed((lead, now) => read(lead, now) === wanted);
  }

  if (operator === 'greater_than' || operator === 'less_than') {
    if (typeof expected !== 'number' || !Number.isFinite(expected)) return fail('needs a number');
    if (operator === 'greater_than') {
      return succeed((lead, now) => {
        const actual = read(lead, now);
        return typeof actual === 'number' && actual > expected;
      });
    }
    return succeed((lead, now) => {
      const actual = read(lead, now);
      return typeof actual === 'number' && actual < expected;
    });
  }
  if (operator === 'within_range') {
    const range = Array.isArray(expected) ? expected : [];
    const [low, high] = range;
    if (range.length !== 2 || typeof low !== 'number' || typeof high !== 'number' || !Number.isFinite(low) || !Number.isFinite(high)) {
      return fail('needs a range of two numbers, lowest first');
    }
    if (low > high) return fail(`has its range the wrong way round (${low} is above ${high})`);
    return succeed((lead, now) => {
      const actual = read(lead, now);
      return typeof actual === 'number' && actual >= low && actual <= high;
    });
  }

  if (type === 'tags') {
    if (operator === 'contains' || operator === 'not_contains') {
      if (typeof expected !== 'string' || expected.trim() === '') return fail('needs a tag');
      const tag = fold(expected);
      const tagIsAscii = isAscii(tag);
      const has = (actual: CriterionValue): boolean => {
        if (!Array.isArray(actual)) return false;
        for (const t of actual) if (equalsFolded(t, tag, tagIsAscii)) return true;
        return false;
      };
      if (operator === 'contains') return succeed((lead, now) => has(read(lead, now)));
      return succeed((lead, now) => {
        const actual = read(lead, now);
        return Array.isArray(actual) && !has(actual);
      });
    }
    if (!isStringList(expected) || expected.length === 0) return fail('needs a list of tags');
    const wanted = new Set(expected.map(fold));
    const hasAny = (actual: readonly string[]): boolean => {
      for (const t of actual) if (wanted.has(t) || wanted.has(foldValue(t))) return true;
      return false;
    };
    const inList = operator === 'in_list';
    return succeed((lead, now) => {
      const actual = read(lead, now);
      return Array.isArray(actual) && hasAny(actual) === inList;
    });
  }

  // text, number and custom values
  if (operator === 'in_list' || operator === 'not_in_list') {
    if (!Array.isArray(expected) || expected.length === 0 || !expected.every((v) => typeof v === 'string' || typeof v === 'number')) {
      return fail('needs a list of values');
    }
    const wanted = new Set(expected.map((v) => (typeof v === 'string' ? fold(v) : String(v))));
    // The values as written too, so a lead value in the same case is found without folding.
    const asWritten = new Set([...wanted, ...expected.map(String)]);
    const inList = operator === 'in_list';
    const has = (actual: string): boolean => asWritten.has(actual) || (!isFolded(actual) && wanted.has(foldValue(actual)));
    return succeed((lead, now) => {
      const actual = read(lead, now);
      if (typeof actual === 'string') return has(actual) === inList;
      if (typeof actual === 'number') return wanted.has(String(actual)) === inList;
      return false;
    });
  }
  if (operator === 'contains' || operator === 'not_contains') {
    if (typeof expected !== 'string' || expected.trim() === '') return fail('needs some text to look for');
    const part = fold(expected);
    const contains = operator === 'contains';
    return succeed((lead, now) => {
      const actual = read(lead, now);
      return typeof actual === 'string' && foldValue(actual).includes(part) === contains;
    });
  }
  // equals / not_equals
  if (type === 'number' && typeof expected !== 'number') return fail('needs a number');
  if (typeof expected !== 'string' && typeof expected !== 'number' && typeof expected !== 'boolean') return fail('needs one value');
  const equals = operator === 'equals';
  if (typeof expected === 'string') {
    const key = fold(expected);
    const keyIsAscii = isAscii(key);
    return succeed((lead, now) => {
      const actual = read(lead, now);
      return typeof actual === 'string' && equalsFolded(actual, key, keyIsAscii) === equals;
    });
  }
  return succeed((lead, now) => {
    const actual = read(lead, now);
    return actual !== null && !Array.isArray(actual) && (actual === expected) === equals;
  });
}

function compileCondition(condition: RuleCondition, where: string): Result<Test> {
  const criterion = findCriterion(condition.criterion);
  if (!criterion) return fail(`${where}: there is no criterion "${condition.criterion}".`);
  const operator = condition.operator as RuleOperator;
  const allowed = criterion.operators ?? operatorsFor[criterion.type];
  if (!allowed.includes(operator)) {
    return fail(`${where} (${criterion.label}): "${condition.operator}" does not apply; use ${allowed.join(', ')}.`);
  }
  const { id, label, read } = criterion;
  const test = predicate(criterion.type, operator, condition.value, read);
  if (!test.ok) return fail(`${where} (${criterion.label}): ${operator.replace(/_/g, ' ')} ${test.error}.`);
  const held = test.value;
  const expected = condition.value;
  return succeed({
    held,
    trace: (lead, now) => ({ criterion: id, label, operator, expected, actual: read(lead, now), held: held(lead, now) }),
  });
}

const maxDepth = 8;

function compileGroup(group: RuleConditionGroup, where: string, depth: number): Result<Test> {
  if (depth > maxDepth) return fail(`${where}: groups are nested more than ${maxDepth} deep.`);
  const tests: Test[] = [];
  for (const [index, part] of group.conditions.entries()) {
    const isGroup = 'combinator' in part;
    const what = `${isGroup ? 'group' : 'condition'} ${index + 1}`;
    // "Condition 2", "Group 1, condition 3": the seller finds it in the Rule Builder by this.
    const place = where === 'Criteria' ? what.charAt(0).toUpperCase() + what.slice(1) : `${where}, ${what}`;
    const compiled = isGroup ? compileGroup(part, place, depth + 1) : compileCondition(part, place);
    if (!compiled.ok) return compiled;
    tests.push(compiled.value);
  }
  const all = group.combinator === 'all';
  const checks: Held[] = tests.map((t) => t.held);
  // An empty "all" group holds (no conditions: every lead); an empty "any" group does not.
  return succeed({
    held: all ? allOf(checks) : anyOf(checks),
    trace: (lead, now) => {
      const parts = tests.map((t) => t.trace(lead, now));
      return { combinator: group.combinator, held: all ? parts.every((p) => p.held) : parts.some((p) => p.held), parts };
    },
  });
}

/** Plain loops over the checks: a pass calls these for every lead. Short groups get fixed arities. */
function allOf(checks: readonly Held[]): Held {
  const [a, b, c] = checks;
  if (checks.length === 1 && a) return a;
  if (checks.length === 2 && a && b) return (lead, now) => a(lead, now) && b(lead, now);
  if (checks.length === 3 && a && b && c) return (lead, now) => a(lead, now) && b(lead, now) && c(lead, now);
  return (lead, now) => {
    for (let i = 0; i < checks.length; i++) if (!(checks[i] as Held)(lead, now)) return false;
    return true;
  };
}

function anyOf(checks: readonly Held[]): Held {
  const [a, b, c] = checks;
  if (checks.length === 1 && a) return a;
  if (checks.length === 2 && a && b) return (lead, now) => a(lead, now) || b(lead, now);
  if (checks.length === 3 && a && b && c) return (lead, now) => a(lead, now) || b(lead, now) || c(lead, now);
  return (lead, now) => {
    for (let i = 0; i < checks.length; i++) if ((checks[i] as Held)(lead, now)) return true;
    return false;
  };
}

/** Compiles a rule's criteria, or names the first condition that cannot work and why. */
export function compileCriteria(criteria: RuleConditionGroup): Result<CompiledCriteria> {
  const compiled = compileGroup(criteria, 'Criteria', 0);
  if (!compiled.ok) return compiled;
  const test = compiled.value;
  return succeed({
    matches: test.held,
    explain: (lead, now) => test.trace(lead, now) as GroupTrace,
  });
}
