import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lead as leadSchema, type Lead, type LeadInput } from '../model/lead';
import type { RuleCondition, RuleConditionGroup } from '../model/rule';
import { compileCriteria, operatorsFor, type ConditionTrace } from './compileCriteria';
import { criteriaCatalogue, findCriterion } from './criteriaCatalogue';

const now = Date.UTC(2026, 10, 23, 12);
const hour = 3_600_000;

function makeLead(fields: Partial<LeadInput> = {}): Lead {
  return leadSchema.parse({ id: 'lead-1', ownerId: 'u1', teamId: 't1', createdAt: now - 48 * hour, updatedAt: now, ...fields });
}

const gulfWater = makeLead({
  name: 'Fatima Al-Sayed',
  company: { name: 'Gulf Water', industry: 'Water Treatment', size: 250 },
  country: 'AE',
  tags: ['RFQ', 'Desalination'],
  score: 72,
  group: 'untouched',
  lastInterestAt: now - 30 * hour,
  customFields: { plantCapacity: 5000, region: ' GCC ' },
});

const all = (...conditions: (RuleCondition | RuleConditionGroup)[]): RuleConditionGroup => ({ combinator: 'all', conditions });
const any = (...conditions: (RuleCondition | RuleConditionGroup)[]): RuleConditionGroup => ({ combinator: 'any', conditions });
const when = (criterion: string, operator: string, value: RuleCondition['value'] = null): RuleCondition => ({ criterion, operator, value });

function matches(criteria: RuleConditionGroup, lead: Lead = gulfWater): boolean {
  const compiled = compileCriteria(criteria);
  if (!compiled.ok) throw new Error(compiled.error);
  return compiled.value.matches(lead, now);
}

describe('compileCriteria: operators by data type', () => {
  it.each([
    [when('company.industry', 'equals', 'water treatment'), true],
    [when('company.industry', 'not_equals', 'Water Treatment'), false],
    [when('company.name', 'contains', 'gulf'), true],
    [when('company.name', 'not_contains', 'Oil'), true],
    [when('country', 'in_list', ['AE', 'SA']), true],
    [when('country', 'not_in_list', ['AE']), false],
    [when('jobTitle', 'is_empty'), true],
    [when('jobTitle', 'is_not_empty'), false],
    [when('score', 'greater_than', 70), true],
    [when('score', 'less_than', 72), false],
    [when('score', 'within_range', [70, 72]), true],
    [when('company.size', 'equals', 250), true],
    [when('company.annualRevenue', 'is_empty'), true],
    [when('tags', 'contains', 'rfq'), true],
    [when('tags', 'not_contains', 'Spam'), true],
    [when('tags', 'in_list', ['Solar', 'Desalination']), true],
    [when('tags', 'not_in_list', ['RFQ']), false],
    [when('tags', 'is_not_empty'), true],
    [when('consent.unsubscribed', 'equals', false), true],
    [when('timeUntouchedHours', 'greater_than', 24), true],
    [when('timeUntouchedHours', 'within_range', [30, 30]), true],
    [when('leadAgeDays', 'equals', 2), true],
    [when('daysSinceLastActivity', 'is_empty'), true],
    [when('customFields.plantCapacity', 'greater_than', 1000), true],
    [when('customFields.region', 'equals', 'gcc'), true],
    [when('customFields.missing', 'is_empty'), true],
  ])('%j → %s', (condition, expected) => {
    expect(matches(all(condition))).toBe(expected);
  });

  it('lists for each type only the operators seed 002 gives it', () => {
    expect(operatorsFor.tags).not.toContain('greater_than');
    expect(operatorsFor.number).not.toContain('contains');
    expect(operatorsFor.yes_no).toEqual(['equals', 'not_equals']);
    for (const criterion of criteriaCatalogue) expect(operatorsFor[criterion.type].length).toBeGreaterThan(0);
  });

  it('time untouched counts from the lead’s arrival when there was never a sign of interest, and never goes below 0', () => {
    const silent = makeLead({ lastInterestAt: null });
    expect(findCriterion('timeUntouchedHours')?.read(silent, now)).toBe(48);
    expect(findCriterion('timeUntouchedHours')?.read(silent, now - 100 * hour)).toBe(0);
  });
});

describe('compileCriteria: nested AND / OR', () => {
  it('combines groups: an industry match AND (a big company OR an RFQ tag)', () => {
    const criteria = all(when('company.industry', 'in_list', ['Water Treatment', 'Power']), any(when('company.size', 'greater_than', 1000), when('tags', 'contains', 'RFQ')));
    expect(matches(criteria)).toBe(true);
    expect(matches(criteria, makeLead({ company: { industry: 'Power', size: 10 }, tags: [] }))).toBe(false);
  });

  it('an empty "all" holds for every lead, an empty "any" for none', () => {
    expect(matches(all())).toBe(true);
    expect(matches(any())).toBe(false);
  });

  it('explains which condition held, with the lead’s value beside the expected one', () => {
    const compiled = compileCriteria(all(when('score', 'greater_than', 80), any(when('country', 'equals', 'AE'))));
    if (!compiled.ok) throw new Error(compiled.error);
    const trace = compiled.value.explain(gulfWater, now);
    expect(trace.held).toBe(false);
    expect(trace.parts[0]).toEqual({ criterion: 'score', label: 'Score', operator: 'greater_than', expected: 80, actual: 72, held: false });
    const inner = trace.parts[1];
    expect(inner && 'combinator' in inner && inner.held).toBe(true);
  });

  it('gives the same answer on the fast path and in the trace, for random criteria and leads', () => {
    const condition = fc.constantFrom<RuleCondition>(
      when('score', 'greater_than', 50),
      when('score', 'within_range', [20, 60]),
      when('tags', 'contains', 'RFQ'),
      when('country', 'in_list', ['AE', 'DE']),
      when('company.name', 'is_empty'),
      when('timeUntouchedHours', 'less_than', 72),
    );
    const tree: fc.Arbitrary<RuleConditionGroup> = fc.letrec<{ group: RuleConditionGroup }>((tie) => ({
      group: fc.record({
        combinator: fc.constantFrom<'all' | 'any'>('all', 'any'),
        conditions: fc.array(fc.oneof({ depthSize: 'small' }, condition, tie('group')), { maxLength: 4 }),
      }),
    })).group;
    const leadArb = fc.record({
      score: fc.integer({ min: 0, max: 100 }),
      tags: fc.subarray(['RFQ', 'Solar']),
      country: fc.constantFrom('AE', 'DE', 'FR', ''),
      company: fc.record({ name: fc.constantFrom('', 'Gulf Water') }),
      lastInterestAt: fc.option(fc.integer({ min: now - 200 * hour, max: now }), { nil: null }),
    });
    fc.assert(
      fc.property(tree, leadArb, (criteria, fields) => {
        const compiled = compileCriteria(criteria);
        if (!compiled.ok) return false;
        const lead = makeLead(fields);
        return compiled.value.matches(lead, now) === compiled.value.explain(lead, now).held;
      }),
      { numRuns: 300 },
    );
  });
});

describe('compileCriteria: refused when saved, naming the criterion and the problem', () => {
  it.each([
    [all(when('favouriteColour', 'equals', 'red')), 'Condition 1: there is no criterion "favouriteColour".'],
    [all(when('score', 'contains', 'x')), 'Condition 1 (Score): "contains" does not apply; use equals, not_equals, greater_than, less_than, within_range, is_empty, is_not_empty.'],
    [all(when('score', 'greater_than', '70')), 'Condition 1 (Score): greater than needs a number.'],
    [all(when('score', 'within_range', [80, 20])), 'Condition 1 (Score): within range has its range the wrong way round (80 is above 20).'],
    [all(when('score', 'within_range', [1])), 'Condition 1 (Score): within range needs a range of two numbers, lowest first.'],
    [all(when('tags', 'in_list', [])), 'Condition 1 (Tags): in list needs a list of tags.'],
    [all(when('country', 'in_list', 'AE')), 'Condition 1 (Country): in list needs a list of values.'],
    [all(when('company.name', 'contains', '  ')), 'Condition 1 (Company): contains needs some text to look for.'],
    [all(when('consent.bounced', 'equals', 'yes')), 'Condition 1 (Email bounced): equals needs yes or no.'],
    [all(when('score', 'equals', 'high')), 'Condition 1 (Score): equals needs a number.'],
    [all(when('country', 'equals', ['AE'])), 'Condition 1 (Country): equals needs one value.'],
    [all(when('score', 'is_empty'), any(when('tags', 'is_empty'), when('stage', 'greater_than', 3))), 'Group 2, condition 2 (Customer stage): "greater_than" does not apply; use equals, not_equals, contains, not_contains, in_list, not_in_list, is_empty, is_not_empty.'],
  ])('%j', (criteria, error) => {
    expect(compileCriteria(criteria)).toEqual({ ok: false, error });
  });

  it('refuses groups nested too deep', () => {
    let criteria: RuleConditionGroup = all(when('score', 'is_empty'));
    for (let i = 0; i < 10; i++) criteria = all(criteria);
    const result = compileCriteria(criteria);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/nested more than 8 deep/);
  });

  it('reads a trace condition as a plain object a log can store', () => {
    const compiled = compileCriteria(all(when('tags', 'contains', 'RFQ')));
    if (!compiled.ok) throw new Error(compiled.error);
    const part = compiled.value.explain(gulfWater, now).parts[0] as ConditionTrace;
    expect(JSON.parse(JSON.stringify(part))).toEqual({ criterion: 'tags', label: 'Tags', operator: 'contains', expected: 'RFQ', actual: ['RFQ', 'Desalination'], held: true });
  });
});

describe('compileCriteria: empty values and case', () => {
  const bare = makeLead({ company: { name: '', industry: '' }, tags: [] });

  it.each([
    [when('company.industry', 'not_equals', 'Oil & Gas'), false],
    [when('company.industry', 'not_in_list', ['Oil & Gas']), false],
    [when('company.industry', 'not_contains', 'oil'), false],
    [when('company.size', 'not_equals', 10), false],
    [when('company.size', 'less_than', 5), false],
    [when('company.industry', 'is_empty'), true],
    [when('company.industry', 'is_not_empty'), false],
    // An empty tag list is a known list with no tags.
    [when('tags', 'not_contains', 'blocked'), true],
    [when('tags', 'not_in_list', ['blocked']), true],
    [when('tags', 'is_empty'), true],
  ])('a lead without the value: %j → %s (only "is empty" holds for an unknown value)', (condition, expected) => {
    expect(matches(all(condition), bare)).toBe(expected);
  });

  it.each([
    ['OIL & GAS', 'oil & gas', true],
    ['Oil & Gas', 'OIL & gas', true],
    ['Oil & Gas', 'Oil & Gasoline', false],
    ['Oil', 'Oil & Gas', false],
    ['Ölfeld', 'ölfeld', true],
    ['İzmir', 'i̇zmir', true],
    ['\u212Aelvin', 'kelvin', true],
    ['Oil & Gas', 'Oil  & Gas', false],
  ])('text equals ignores case: %s = %s → %s', (value, expected, result) => {
    const lead = makeLead({ company: { industry: value } });
    expect(matches(all(when('company.industry', 'equals', expected)), lead)).toBe(result);
    expect(matches(all(when('company.industry', 'in_list', ['Power', expected])), lead)).toBe(result);
  });

  it('a custom field with spaces around its value still matches', () => {
    expect(matches(all(when('customFields.region', 'equals', 'gcc')))).toBe(true);
    expect(matches(all(when('customFields.region', 'in_list', ['GCC', 'EU'])))).toBe(true);
  });

  it('tags match whatever their case', () => {
    expect(matches(all(when('tags', 'contains', 'rfq')))).toBe(true);
    expect(matches(all(when('tags', 'in_list', ['DESALINATION'])))).toBe(true);
    expect(matches(all(when('tags', 'not_contains', 'Rfq')))).toBe(false);
  });

  it('honours a criterion that narrows its operators', () => {
    const narrowed = criteriaCatalogue.find((c) => c.operators !== undefined && !c.operators.includes('contains') && c.type === 'text');
    expect(narrowed).toBeDefined();
    if (!narrowed) return;
    const compiled = compileCriteria(all(when(narrowed.id, 'contains', 'x')));
    expect(compiled.ok).toBe(false);
    if (!compiled.ok) expect(compiled.error).toContain(`"contains" does not apply; use ${(narrowed.operators ?? []).join(', ')}`);
  });
});
