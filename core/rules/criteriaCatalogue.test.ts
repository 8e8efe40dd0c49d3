import { describe, expect, it } from 'vitest';
import { lead as leadSchema, type Lead, type LeadInput } from '../model/lead';
import { rule as ruleSchema, type Rule, type RuleInput } from '../model/rule';
import { defaultCriteria } from '../scoring/defaultScoringModel';
import { compileCriteria, operatorsFor } from './compileCriteria';
import { cleanText, criteriaCatalogue, criteriaGroups, criteriaUsage, findCriterion, timeUntouchedEventTypes } from './criteriaCatalogue';

const now = Date.UTC(2026, 10, 23, 12);
const hour = 3_600_000;

function makeLead(fields: Partial<LeadInput> = {}): Lead {
  return leadSchema.parse({ id: 'lead-1', ownerId: 'u1', teamId: 't1', createdAt: now - 48 * hour, updatedAt: now, ...fields });
}

function makeRule(fields: Partial<RuleInput>): Rule {
  return ruleSchema.parse({ id: 'r1', ownerId: 'u1', teamId: 't1', createdAt: now, updatedAt: now, name: 'Rule', trigger: { kind: 'manual' }, ...fields });
}

const read = (id: string, lead: Lead): unknown => {
  const criterion = findCriterion(id);
  if (!criterion) throw new Error(`no criterion ${id}`);
  return criterion.read(lead, now);
};

describe('criteriaCatalogue: seed 002 G1–G5 and workflow facts', () => {
  it('keeps every criterion id that saved rules and earlier tests use', () => {
    const earlier = [
      'name', 'email', 'phone', 'jobTitle', 'department', 'country', 'company.name', 'company.industry', 'company.website',
      'company.size', 'company.annualRevenue', 'source.category', 'source.channel', 'source.event', 'leadType', 'group', 'stage',
      'tags', 'score', 'temperature', 'engagementLevel', 'urgency', 'qualification.budget', 'qualification.budgetAmount',
      'qualification.authority', 'qualification.need', 'qualification.timeline', 'qualification.fit', 'qualification.challenges',
      'consent.unsubscribed', 'consent.bounced', 'counters.emailsOpened', 'counters.emailsReplied', 'counters.quoteRequests',
      'counters.downloads', 'counters.pageViews', 'counters.meetings', 'timeUntouchedHours', 'daysSinceLastActivity', 'leadAgeDays',
    ];
    for (const id of earlier) expect(findCriterion(id)?.id, id).toBe(id);
  });

  it('has one definition per id, each with a group, section, tooltip and operators for its type', () => {
    const ids = criteriaCatalogue.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const groups = new Set(criteriaGroups.map((g) => g.id));
    for (const c of criteriaCatalogue) {
      expect(groups.has(c.group), c.id).toBe(true);
      expect(c.section.length, c.id).toBeGreaterThan(0);
      expect(c.tooltip.length, c.id).toBeGreaterThan(10);
      // A narrower list only narrows: every operator it offers must be one the type allows.
      for (const op of c.operators ?? []) expect(operatorsFor[c.type], `${c.id} ${op}`).toContain(op);
    }
  });

  it('names every criterion of seed 002’s tables', () => {
    const labels = criteriaCatalogue.map((c) => c.label.toLowerCase());
    const seed = [
      // G1, G2, G3
      'name', 'email', 'phone', 'country', 'job title', 'lead source', 'company', 'company size', 'annual revenue', 'industry',
      'budget amount', 'budget', 'authority', 'need', 'timeline', 'challenges', 'fit',
      // G4A, G4B
      'engagement level', 'seasons engaged', 'page viewed', 'page revisits', 'time on page', 'scroll depth', 'clicks',
      'element clicked', 'time untouched', 'email open rate', 'chat response rate', 'email response rate', 'chat with seller', 'contact seller',
      // G4C
      'quote request', 'wishlist', 'order value', 'order frequency', 'conversion rate', 'product image clicks', 'product spec tap view',
      'download', 'time on product pages', 'content downloads', 'social share clicks', 'seller review (submit)', 'seller review (read)',
      'seller rate', 'visit store clicks', 'company profile clicks', 'add to contacts click',
      // G5
      'buyer type', 'overall engagement score', 'buyer journey stage', 'purchase history', 'buying frequency', 'spending patterns',
      'review rating', 'wishlist items', 'search term', 'quote requests (platform)', 'time on platform', 'frequent features',
      'communication channel', 'email channel metrics', 'chat channel metrics', 'phone channel metrics',
      // Workflow
      'group', 'customer stage', 'tags', 'score', 'temperature', 'urgency', 'priority', 'owner', 'lead type',
    ];
    for (const name of seed) expect(labels.some((l) => l.startsWith(name)), name).toBe(true);
    for (const group of ['G1', 'G2', 'G3', 'G4', 'G5', 'Workflow']) expect(criteriaCatalogue.some((c) => c.group === group), group).toBe(true);
  });

  it('links criteria only to scoring criteria that exist, and links the ones the scoring model has', () => {
    const scoringIds = new Set(defaultCriteria.map((c) => c.id));
    for (const c of criteriaCatalogue) if (c.scoringCriterionId) expect(scoringIds.has(c.scoringCriterionId), c.id).toBe(true);
    const linked = new Set(criteriaCatalogue.map((c) => c.scoringCriterionId));
    // Target customer profile has no lead fact behind it; every other scoring criterion has a rule criterion.
    const unlinked = [...scoringIds].filter((id) => !linked.has(id));
    expect(unlinked).toEqual(['target_customer_profile']);
  });

  it('offers dropdown values from the reference lists, and leaves groups, stages and owners to the seller’s own lists', () => {
    expect(findCriterion('country')?.options?.some((o) => o.value === 'AE')).toBe(true);
    expect(findCriterion('source.channel')?.options?.map((o) => o.value)).toContain('Events');
    expect(findCriterion('qualification.need')?.options?.map((o) => o.value)).toEqual(expect.arrayContaining(['urgent', 'strong', 'weak']));
    expect(findCriterion('platform.buyer_type')?.options?.map((o) => o.label)).toEqual(['New', 'Returning', 'High-Value', 'VIP']);
    expect(findCriterion('group')?.optionsFrom).toBe('groups');
    expect(findCriterion('stage')?.optionsFrom).toBe('stages');
    expect(findCriterion('ownerId')?.optionsFrom).toBe('users');
  });
});

describe('criteriaCatalogue: reading the lead', () => {
  it('computes email open and response rates from the counters, empty before any email was sent', () => {
    const lead = makeLead({ counters: { emailsSent: 8, emailsOpened: 6, emailsReplied: 1 } });
    expect(read('emailOpenRate', lead)).toBe(75);
    expect(read('emailResponseRate', lead)).toBe(13);
    expect(read('emailOpenRate', makeLead())).toBeNull();
    // Opens counted on a forwarded copy can outnumber sends; a rate never exceeds 100 %.
    expect(read('emailOpenRate', makeLead({ counters: { emailsSent: 1, emailsOpened: 3 } }))).toBe(100);
  });

  it('reads time untouched per action from lastEventAt, empty when it never happened', () => {
    const lead = makeLead({ lastEventAt: { quote_request: now - 30 * hour, email_reply: now + hour } });
    expect(read('timeUntouched.quote_request', lead)).toBe(30);
    // A clock behind the event reads 0, not a negative time.
    expect(read('timeUntouched.email_reply', lead)).toBe(0);
    expect(read('timeUntouched.chat', lead)).toBeNull();
    for (const type of timeUntouchedEventTypes) expect(findCriterion(`timeUntouched.${type}`)?.unit).toBe('hours');
  });

  it('reads platform criteria from platformFacts, empty now and when the value has the wrong type', () => {
    const empty = makeLead();
    const platformCriteria = criteriaCatalogue.filter((c) => c.source === 'platform');
    expect(platformCriteria.length).toBeGreaterThan(30);
    for (const c of platformCriteria) {
      expect(c.read(empty, now), c.id).toBeNull();
      expect(c.tooltip).toMatch(/empty until the platform sends it/);
    }
    const filled = makeLead({ platformFacts: { buyer_type: ' VIP ', seller_rate: 4, purchase_history: true, review_rating: 'five' } });
    expect(read('platform.buyer_type', filled)).toBe('VIP');
    expect(read('platform.seller_rate', filled)).toBe(4);
    expect(read('platform.purchase_history', filled)).toBe(true);
    expect(read('platform.review_rating', filled)).toBeNull();
  });

  it('reads priority, owner and score adjustment', () => {
    const lead = makeLead({ priority: 'high', ownerId: 'u7', scoreAdjustment: -15 });
    expect(read('priority', lead)).toBe('high');
    expect(read('priority', makeLead())).toBeNull();
    expect(read('ownerId', lead)).toBe('u7');
    expect(read('scoreAdjustment', lead)).toBe(-15);
  });

  it('every criterion compiles with an operator it offers and reads every demo-like lead without throwing', () => {
    const lead = makeLead({ platformFacts: { page_viewed: '/pricing' }, customFields: { x: 1 } });
    for (const c of criteriaCatalogue) {
      const operator = (c.operators ?? operatorsFor[c.type]).includes('is_empty') ? 'is_empty' : 'equals';
      const value = operator === 'is_empty' ? null : c.type === 'yes_no' ? true : 'x';
      const compiled = compileCriteria({ combinator: 'all', conditions: [{ criterion: c.id, operator, value }] });
      expect(compiled.ok, c.id).toBe(true);
      if (compiled.ok) expect(typeof compiled.value.matches(lead, now)).toBe('boolean');
    }
  });

  it('describes custom fields as workflow criteria', () => {
    const custom = findCriterion('customFields.plantCapacity');
    expect(custom).toMatchObject({ group: 'Workflow', section: 'Custom fields', source: 'lead', type: 'custom' });
    expect(findCriterion('customFields.')).toBeUndefined();
    expect(findCriterion('platform.unknown')).toBeUndefined();
  });
});

describe('criteriaUsage', () => {
  const budgetAndIndustry = { combinator: 'all' as const, conditions: [
    { criterion: 'qualification.budgetAmount', operator: 'greater_than', value: 1000 },
    { combinator: 'any' as const, conditions: [
      { criterion: 'qualification.budget', operator: 'equals', value: 'high' },
      { criterion: 'company.industry', operator: 'equals', value: 'Oil & Gas' },
    ] },
  ] };

  it('counts enabled rules per scoring criterion, once per rule, nested groups included', () => {
    const usage = criteriaUsage([
      makeRule({ id: 'a', enabled: true, criteria: budgetAndIndustry }),
      makeRule({ id: 'b', enabled: true, criteria: { combinator: 'all', conditions: [{ criterion: 'company.industry', operator: 'is_not_empty', value: null }] } }),
      makeRule({ id: 'c', enabled: false, criteria: budgetAndIndustry }),
    ]);
    expect(usage.get('budget')).toBe(1);
    expect(usage.get('industry')).toBe(2);
    expect(usage.has('authority')).toBe(false);
  });

  it('ignores criteria with no scoring link and unknown criteria', () => {
    const usage = criteriaUsage([
      makeRule({ enabled: true, criteria: { combinator: 'all', conditions: [
        { criterion: 'tags', operator: 'contains', value: 'x' },
        { criterion: 'noSuchThing', operator: 'equals', value: 1 },
      ] } }),
    ]);
    expect(usage.size).toBe(0);
    expect(criteriaUsage([]).size).toBe(0);
  });
});

describe('cleanText', () => {
  it('trims like String.trim, Unicode spaces included, and reads blank as empty', () => {
    for (const value of ['', ' ', 'hot', ' hot ', '\u00a0hot\u00a0', 'hot\u2028', '\ufeffx', 'Oil & Gas', '\t\n', 'é', ' é ']) {
      const trimmed = value.trim();
      expect(cleanText(value), JSON.stringify(value)).toBe(trimmed === '' ? null : trimmed);
    }
  });
});
