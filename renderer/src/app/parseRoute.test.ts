import { describe, expect, it } from 'vitest';
import { parseRoute } from './parseRoute';
import { routeToHash } from './routeToHash';

describe('parseRoute', () => {
  it('defaults to the lead list', () => {
    expect(parseRoute('')).toEqual({ name: 'leads' });
    expect(parseRoute('#/nowhere')).toEqual({ name: 'leads' });
  });

  it('round-trips every route', () => {
    for (const route of [
      { name: 'leads' },
      { name: 'lead', leadId: 'lead:1 2' },
      { name: 'overview' },
      { name: 'hot' },
      { name: 'capture' },
      { name: 'reminders' },
      { name: 'settings' },
      { name: 'approvals' },
      { name: 'rules' },
      { name: 'rule', ruleId: 'rule:a/b?c' },
      { name: 'rule-new', templateId: null },
      { name: 'rule-new', templateId: 'new-lead-needs-outreach' },
      { name: 'rule-new', templateId: null, criterionId: 'customFields.a&b' },
      { name: 'rule-edit', ruleId: 'rule 7' },
    ] as const) {
      expect(parseRoute(routeToHash(route))).toEqual(route);
    }
  });

  it('reads the Rule Builder addresses', () => {
    expect(parseRoute('#/rules/new?template=spam')).toEqual({ name: 'rule-new', templateId: 'spam' });
    expect(parseRoute('#/rules/new?template=')).toEqual({ name: 'rule-new', templateId: null });
    expect(parseRoute('#/rules/r1/edit')).toEqual({ name: 'rule-edit', ruleId: 'r1' });
    expect(parseRoute('#/rules/r1')).toEqual({ name: 'rule', ruleId: 'r1' });
    expect(parseRoute('#/rules/')).toEqual({ name: 'rules' });
  });
});
