import type { Lead } from '../model/lead';
import type { JsonValue } from '../model/json';
import { fail, succeed, type Result } from '../model/result';
import type { RuleCondition, RuleConditionGroup } from '../model/rule';
import { findCriterion, type CriterionType, type CriterionValue } from './criteriaCatalogue';

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

const fold = (value: string): string => value.trim().toLocaleLowerCase('en');

function isStringList(value: JsonValue): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** The test of one condition on a lead's value, or why the condition cannot work. */
function predicate(type: CriterionType, operator: RuleOperator, expected: JsonValue): Result<(actual: CriterionValue) => boolean> {
  if (operator === 'is_empty') return succeed((actual) => actual === null || (Array.isArray(actual) && actual.length === 0));
  if (operator === 'is_not_empty') return succeed((actual) => !(actual === null || (Array.isArray(actual) && actual.length === 0)));

  if (type === 'yes_no') {
    if (typeof expected !== 'boolean') return fail('needs yes or no');
    return succeed((actual) => (actual === expected) === (operator === 'equals'));
  }

  if (operator === 'greater_than' || operator === 'less_than') {
    if (typeof expected !== 'number' || !Number.isFinite(expected)) return fail('needs a number');
    return succeed((actual) => typeof actual === 'number' && (operator === 'greater_than' ? actual > expected : actual < expected));
  }
  if (operator === 'within_range') {
    const range = Array.isArray(expected) ? expected : [];
    const [low, high] = range;
    if (range.length !== 2 || typeof low !== 'number' || typeof high !== 'number' || !Number.isFinite(low) || !Number.isFinite(high)) {
      return fail('needs a range of two numbers, lowest first');
    }
    if (low > high) return fail(`has its range the wrong way round (${low} is above ${high})`);
    return succeed((actual) => typeof actual === 'number' && actual >= low && actual <= high);
  }

  if (type === 'tags') {
    if (operator === 'contains' || operator === 'not_contains') {
      if (typeof expected !== 'string' || expected.trim() === '') return fail('needs a tag');
      const tag = fold(expected);
      return succeed((actual) => Array.isArray(actual) && actual.some((t) => fold(t) === tag) === (operator === 'contains'));
    }
    if (!isStringList(expected) || expected.length === 0) return fail('needs a list of tags');
    const wanted = new Set(expected.map(fold));
    return succeed((actual) => Array.isArray(actual) && actual.some((t) => wanted.has(fold(t))) === (operator === 'in_list'));
  }

  // text, number and custom values
  if (operator === 'in_list' || operator === 'not_in_list') {
    if (!Array.isArray(expected) || expected.length === 0 || !expected.every((v) => typeof v === 'string' || typeof v === 'number')) {
      return fail('needs a list of values');
    }
    const wanted = new Set(expected.map((v) => (typeof v === 'string' ? fold(v) : String(v))));
    return succeed((actual) => {
      if (actual === null || Array.isArray(actual) || typeof actual === 'boolean') return operator === 'not_in_list';
      return wanted.has(typeof actual === 'string' ? fold(actual) : String(actual)) === (operator === 'in_list');
    });
  }
  if (operator === 'contains' || operator === 'not_contains') {
    if (typeof expected !== 'string' || expected.trim() === '') return fail('needs some text to look for');
    const part = fold(expected);
    return succeed((actual) => (typeof actual === 'string' && fold(actual).includes(part)) === (operator === 'contains'));
  }
  // equals / not_equals
  if (type === 'number' && typeof expected !== 'number') return fail('needs a number');
  if (typeof expected !== 'string' && typeof expected !== 'number' && typeof expected !== 'boolean') return fail('needs one value');
  const same = (actual: CriterionValue): boolean => {
    if (typeof expected === 'string' && typeof actual === 'string') return fold(actual) === fold(expected);
    return actual === expected;
  };
  return succeed((actual) => same(actual) === (operator === 'equals'));
}

function compileCondition(condition: RuleCondition, where: string): Result<Test> {
  const criterion = findCriterion(condition.criterion);
  if (!criterion) return fail(`${where}: there is no criterion "${condition.criterion}".`);
  const operator = condition.operator as RuleOperator;
  if (!operatorsFor[criterion.type].includes(operator)) {
    return fail(`${where} (${criterion.label}): "${condition.operator}" does not apply; use ${operatorsFor[criterion.type].join(', ')}.`);
  }
  const test = predicate(criterion.type, operator, condition.value);
  if (!test.ok) return fail(`${where} (${criterion.label}): ${operator.replace(/_/g, ' ')} ${test.error}.`);
  const held = test.value;
  const { id, label, read } = criterion;
  const expected = condition.value;
  return succeed({
    held: (lead, now) => held(read(lead, now)),
    trace: (lead, now) => {
      const actual = read(lead, now);
      return { criterion: id, label, operator, expected, actual, held: held(actual) };
    },
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
  // An empty "all" group holds (no conditions: every lead); an empty "any" group does not.
  return succeed({
    held: all ? (lead, now) => tests.every((t) => t.held(lead, now)) : (lead, now) => tests.some((t) => t.held(lead, now)),
    trace: (lead, now) => {
      const parts = tests.map((t) => t.trace(lead, now));
      return { combinator: group.combinator, held: all ? parts.every((p) => p.held) : parts.some((p) => p.held), parts };
    },
  });
}

/** Compiles a rule's criteria, or names the first condition that cannot work and why. */
export function compileCriteria(criteria: RuleConditionGroup): Result<CompiledCriteria> {
  const compiled = compileGroup(criteria, 'Criteria', 0);
  if (!compiled.ok) return compiled;
  const test = compiled.value;
  return succeed({
    matches: (lead, now) => test.held(lead, now),
    explain: (lead, now) => test.trace(lead, now) as GroupTrace,
  });
}
