import { describe, expect, it } from 'vitest';
import { leadEvent, type LeadEvent } from '../../../../core/model/event';
import { describeEvent } from './describeEvent';

const event = (type: LeadEvent['type'], data: LeadEvent['data'] = {}): LeadEvent =>
  leadEvent.parse({ id: 'e1', ownerId: 'u', teamId: 't', createdAt: 1, updatedAt: 1, leadId: 'l1', type, at: 1, actor: { kind: 'rule', id: 'r1' }, data });

describe('describeEvent', () => {
  it('names the rule and what it did', () => {
    expect(describeEvent(event('rule_fired', { ruleName: 'Hot lead alert', actions: ['Add tag “hot”', 'Create a call task due in 1 hour'] }))).toBe(
      'Rule “Hot lead alert” applied: Add tag “hot”, Create a call task due in 1 hour',
    );
  });

  it('falls back to a plain line when the rule left no details', () => {
    expect(describeEvent(event('rule_fired'))).toBe('Rule applied');
  });

  it('says how many answers of a questionnaire went into the lead', () => {
    expect(describeEvent(event('questionnaire_answered', { dispatchId: 'd1', fields: ['name', 'phone'], problems: 0 }))).toBe('Answered a questionnaire: 2 fields filled');
    expect(describeEvent(event('questionnaire_answered', { fields: ['name'], problems: 1 }))).toBe('Answered a questionnaire: 1 field filled, 1 answer not used');
    expect(describeEvent(event('questionnaire_answered'))).toBe('Answered a questionnaire: 0 fields filled');
  });

  it('says the buyer unsubscribed on the platform page instead of naming the field', () => {
    expect(describeEvent(event('lead_updated', { action: 'unsubscribed', fields: ['consent.unsubscribed'] }))).toBe('Unsubscribed from your emails (on the Power Cozmo page)');
  });

  it('keeps the wording of other events', () => {
    expect(describeEvent(event('quote_request'))).toBe('Requested a quote');
    expect(describeEvent(event('tag_added', { tag: 'vip' }))).toBe('Tagged “vip”');
  });
});
