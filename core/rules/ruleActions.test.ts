import { describe, expect, it } from 'vitest';
import { lead as leadSchema, type Lead, type LeadInput } from '../model/lead';
import type { RuleAction } from '../model/rule';
import { defaultRuleCatalogueContext } from './compileRule';
import { compileActions, describeAction, describeDelay, planActions, ruleActionCatalogue, ruleActionParams, validateAction } from './ruleActions';
import type { RuleCatalogueContext } from './ruleTypes';
import { stableId } from './stableId';

const NOW = 1_700_000_000_000;
const ctx: RuleCatalogueContext = {
  ...defaultRuleCatalogueContext([
    { id: 'u1', name: 'Ana' },
    { id: 'u2', name: 'Ben' },
  ]),
  questionnaireTemplates: [{ id: 'rfq', name: 'RFQ details' }],
};

function makeLead(input: Partial<LeadInput> = {}): Lead {
  return leadSchema.parse({ id: 'lead-1', ownerId: 'u1', teamId: 't1', createdAt: NOW, updatedAt: NOW, name: 'Ana Silva', ...input });
}

const act = (type: string, params: RuleAction['params'] = {}): RuleAction => ({ type, params });
const plan = (actions: RuleAction[], lead = makeLead(), runNumber = 1) => planActions({ id: 'rule-1', actions }, lead, NOW, runNumber, ctx);

describe('ruleActionCatalogue', () => {
  it('defines every known action type once, with a label, tooltip and params schema', () => {
    const types = ruleActionCatalogue.map((d) => d.type);
    expect(new Set(types).size).toBe(11);
    for (const d of ruleActionCatalogue) {
      expect(d.label).not.toBe('');
      expect(d.tooltip.length).toBeGreaterThan(10);
      expect(ruleActionParams[d.type]).toBeDefined();
    }
    expect(ruleActionCatalogue.find((d) => d.type === 'move_to_group')?.changes).toEqual(['group']);
    expect(ruleActionCatalogue.find((d) => d.type === 'send_email')?.changes).toEqual([]);
  });
});

describe('validateAction', () => {
  const valid: [string, RuleAction['params']][] = [
    ['move_to_group', { group: 'qualified' }],
    ['set_stage', { stage: 'initial_contact' }],
    ['add_tag', { tag: ' #VIP ' }],
    ['remove_tag', { tag: 'vip' }],
    ['send_email', { templateId: 'hot-quotation' }],
    ['send_questionnaire', {}],
    ['send_questionnaire', { templateId: 'rfq' }],
    ['create_reminder', { kind: 'call', title: 'Call back', dueInMinutes: 60, assignee: 'u2' }],
    ['notify', { message: 'Hot lead!' }],
    ['assign', { userId: 'u2' }],
    ['set_priority', { priority: 'high' }],
    ['adjust_score', { points: -20 }],
  ];
  it.each(valid)('accepts %s %j', (type, params) => {
    const r = validateAction(act(type, params), 0, ctx);
    expect(r.ok).toBe(true);
  });

  it('cleans parameters: defaults filled, tags trimmed, unknown keys dropped', () => {
    const tag = validateAction(act('add_tag', { tag: '  #VIP  buyer ', extra: 1 }), 0, ctx);
    expect(tag).toEqual({ ok: true, value: { type: 'add_tag', params: { tag: 'VIP buyer' } } });
    const reminder = validateAction(act('create_reminder', { kind: 'meeting' }), 0, ctx);
    expect(reminder).toEqual({ ok: true, value: { type: 'create_reminder', params: { kind: 'meeting', title: '', dueInMinutes: 0, assignee: '' } } });
    const email = validateAction(act('send_email', { templateId: 'warm-value' }), 0, ctx);
    expect(email.ok && email.value.params).toEqual({ templateId: 'warm-value', useAi: false });
  });

  const invalid: [string, RuleAction['params'], string][] = [
    ['move_to_group', { group: 'foo' }, 'Action 2 (Move to group): there is no group "foo"'],
    ['move_to_group', {}, 'Action 2 (Move to group): choose a group'],
    ['set_stage', { stage: 'won' }, 'Action 2 (Set customer stage): there is no customer stage "won"'],
    ['add_tag', { tag: '  ' }, 'Action 2 (Add tag): give the tag'],
    ['add_tag', { tag: 'x'.repeat(61) }, 'Action 2 (Add tag): a tag is at most 60 characters'],
    ['remove_tag', { tag: 5 }, 'Action 2 (Remove tag): give the tag'],
    ['send_email', { templateId: 'nope' }, 'Action 2 (Send email): there is no email template "nope"'],
    ['send_email', { templateId: 'hot-quotation', useAi: 'yes' }, 'Action 2 (Send email): AI personalisation is yes or no'],
    ['send_questionnaire', { templateId: 'nope' }, 'Action 2 (Send questionnaire): there is no questionnaire "nope"'],
    ['create_reminder', { kind: 'visit' }, 'Action 2 (Create task): choose call, email, meeting or follow-up'],
    ['create_reminder', { kind: 'call', dueInMinutes: -5 }, 'Action 2 (Create task): the delay cannot be negative'],
    ['create_reminder', { kind: 'call', dueInMinutes: 1.5 }, 'Action 2 (Create task): the delay must be whole minutes'],
    ['create_reminder', { kind: 'call', assignee: 'u9' }, 'Action 2 (Create task): there is no person "u9" to assign the task to'],
    ['notify', { message: '' }, 'Action 2 (Notify me): choose a message'],
    ['assign', { userId: 'u9' }, 'Action 2 (Assign owner): there is no person "u9"'],
    ['set_priority', { priority: 'urgent' }, 'Action 2 (Set priority): choose high, medium or low'],
    ['adjust_score', { points: 0 }, 'Action 2 (Adjust score): give points other than 0'],
    ['adjust_score', { points: 51 }, 'Action 2 (Adjust score): the points must be between −50 and 50'],
    ['adjust_score', { points: '5' }, 'Action 2 (Adjust score): the points must be a number'],
    ['fly_to_moon', {}, 'Action 2: there is no action "fly_to_moon"'],
  ];
  it.each(invalid)('refuses %s %j, naming the action', (type, params, message) => {
    expect(validateAction(act(type, params), 1, ctx)).toEqual({ ok: false, error: { part: 'actions', index: 1, message } });
  });
});

describe('describeAction', () => {
  it('says what the action does in the seller’s words', () => {
    expect(describeAction(act('move_to_group', { group: 'qualified' }), ctx)).toBe('Move to group Qualified');
    expect(describeAction(act('set_stage', { stage: 'initial_contact' }), ctx)).toBe('Set customer stage to Initial Contact');
    expect(describeAction(act('send_email', { templateId: 'hot-quotation' }), ctx)).toBe('Queue email “HOT: quotation and sample offer” for approval');
    expect(describeAction(act('send_email', { templateId: 'hot-quotation', useAi: true }), ctx)).toContain('(personalised by AI)');
    expect(describeAction(act('create_reminder', { kind: 'call', dueInMinutes: 60 }), ctx)).toBe('Create a call task due in 1 hour');
    expect(describeAction(act('create_reminder', { kind: 'meeting', dueInMinutes: 2880, assignee: 'u2', title: 'Demo' }), ctx)).toBe('Create a meeting task due in 2 days for Ben: “Demo”');
    expect(describeAction(act('create_reminder', { kind: 'follow-up' }), ctx)).toBe('Create a follow-up task due now');
    expect(describeAction(act('send_questionnaire'), ctx)).toBe('Queue the default questionnaire for approval');
    expect(describeAction(act('send_questionnaire', { templateId: 'rfq' }), ctx)).toBe('Queue questionnaire “RFQ details” for approval');
    expect(describeAction(act('add_tag', { tag: 'vip' }), ctx)).toBe('Add tag “vip”');
    expect(describeAction(act('remove_tag', { tag: 'vip' }), ctx)).toBe('Remove tag “vip”');
    expect(describeAction(act('notify', { message: 'Call now' }), ctx)).toBe('Notify: “Call now”');
    expect(describeAction(act('assign', { userId: 'u2' }), ctx)).toBe('Assign to Ben');
    expect(describeAction(act('set_priority', { priority: 'medium' }), ctx)).toBe('Set priority to Medium');
    expect(describeAction(act('adjust_score', { points: 10 }), ctx)).toBe('Add 10 points to the score');
    expect(describeAction(act('adjust_score', { points: -1 }), ctx)).toBe('Take 1 point off the score');
  });

  it('says why an action cannot run instead of throwing', () => {
    expect(describeAction(act('move_to_group', { group: 'foo' }), ctx)).toBe('Move to group: there is no group "foo"');
    expect(describeAction(act('zzz'), ctx)).toBe('Unknown action "zzz"');
  });

  it('writes delays in whole days, hours or minutes', () => {
    expect(describeDelay(0)).toBe('now');
    expect(describeDelay(1)).toBe('1 minute');
    expect(describeDelay(90)).toBe('90 minutes');
    expect(describeDelay(120)).toBe('2 hours');
    expect(describeDelay(1440)).toBe('1 day');
  });
});

describe('planActions', () => {
  it('patches lead fields and lists each action', () => {
    const p = plan([act('move_to_group', { group: 'qualified' }), act('set_stage', { stage: 'primary_leads' }), act('assign', { userId: 'u2' }), act('set_priority', { priority: 'high' })]);
    expect(p.patch).toEqual({ group: 'qualified', stage: 'primary_leads', ownerId: 'u2', priority: 'high' });
    expect(p.effects).toEqual([]);
    expect(p.actions.map((a) => a.changes)).toEqual([['group'], ['stage'], ['ownerId'], ['priority']]);
    expect(p.actions[0]?.description).toBe('Move to group Qualified');
  });

  it('changes nothing when the lead is already so, and says so', () => {
    const lead = makeLead({ group: 'qualified', stage: 'primary_leads', tags: ['VIP'], priority: 'high' });
    const p = plan(
      [act('move_to_group', { group: 'qualified' }), act('set_stage', { stage: 'primary_leads' }), act('add_tag', { tag: 'vip' }), act('remove_tag', { tag: 'other' }), act('assign', { userId: 'u1' }), act('set_priority', { priority: 'high' })],
      lead,
    );
    expect(p.patch).toEqual({});
    expect(p.actions.every((a) => a.changes.length === 0)).toBe(true);
    expect(p.actions[2]?.description).toBe('Add tag “vip” (no change: already tagged)');
    expect(p.actions[3]?.description).toBe('Remove tag “other” (no change: not tagged)');
  });

  it('adds and removes tags case-insensitively, in order', () => {
    const lead = makeLead({ tags: ['Solar', 'VIP'] });
    expect(plan([act('add_tag', { tag: 'pumps' })], lead).patch).toEqual({ tags: ['Solar', 'VIP', 'pumps'] });
    expect(plan([act('remove_tag', { tag: 'vip' })], lead).patch).toEqual({ tags: ['Solar'] });
    // Add then remove the same tag: back where it started, so no tag change.
    expect(plan([act('add_tag', { tag: 'x' }), act('remove_tag', { tag: 'x' })], lead).patch).toEqual({});
  });

  it('adds score points to the adjustment, clamped to ±100', () => {
    expect(plan([act('adjust_score', { points: 20 })]).patch).toEqual({ scoreAdjustment: 20 });
    expect(plan([act('adjust_score', { points: 50 })], makeLead({ scoreAdjustment: 80 })).patch).toEqual({ scoreAdjustment: 100 });
    expect(plan([act('adjust_score', { points: -50 })], makeLead({ scoreAdjustment: -70 })).patch).toEqual({ scoreAdjustment: -100 });
    const atLimit = plan([act('adjust_score', { points: 10 })], makeLead({ scoreAdjustment: 100 }));
    expect(atLimit.patch).toEqual({});
    expect(atLimit.actions[0]?.description).toContain('no change');
    expect(plan([act('adjust_score', { points: 30 }), act('adjust_score', { points: -10 })]).patch).toEqual({ scoreAdjustment: 20 });
  });

  it('asks for a reminder, an email draft, a questionnaire and a notice, each with a stable id', () => {
    const p = plan([
      act('create_reminder', { kind: 'call', dueInMinutes: 60 }),
      act('send_email', { templateId: 'hot-quotation', useAi: true }),
      act('send_questionnaire'),
      act('notify', { message: 'Hot lead' }),
    ]);
    expect(p.patch).toEqual({});
    expect(p.effects).toEqual([
      { kind: 'reminder', id: stableId(['rule-1', 'lead-1', '1', '0']), leadId: 'lead-1', reminderKind: 'call', title: 'Call Ana Silva', dueAt: NOW + 3_600_000, assigneeId: 'u1' },
      { kind: 'email', id: stableId(['rule-1', 'lead-1', '1', '1']), leadId: 'lead-1', templateId: 'hot-quotation', useAi: true },
      { kind: 'questionnaire', id: stableId(['rule-1', 'lead-1', '1', '2']), leadId: 'lead-1', templateId: '' },
      { kind: 'notification', id: stableId(['rule-1', 'lead-1', '1', '3']), leadId: 'lead-1', message: 'Hot lead' },
    ]);
    expect(p.actions.map((a) => a.effect?.kind)).toEqual(['reminder', 'email', 'questionnaire', 'notification']);
  });

  it('gives the task to the chosen person, or to the owner the rule just assigned', () => {
    expect(plan([act('create_reminder', { kind: 'email', assignee: 'u2', title: 'Send catalogue' })]).effects[0]).toMatchObject({ assigneeId: 'u2', title: 'Send catalogue', dueAt: NOW });
    expect(plan([act('assign', { userId: 'u2' }), act('create_reminder', { kind: 'call' })]).effects[0]).toMatchObject({ assigneeId: 'u2' });
  });

  it('gives a different effect id on another run, the same on the same run', () => {
    const a = plan([act('notify', { message: 'x' })], makeLead(), 1).effects[0]?.id;
    expect(plan([act('notify', { message: 'x' })], makeLead(), 1).effects[0]?.id).toBe(a);
    expect(plan([act('notify', { message: 'x' })], makeLead(), 2).effects[0]?.id).not.toBe(a);
  });

  it('lists an action that cannot run as skipped, and does the rest', () => {
    const p = plan([act('move_to_group', { group: 'gone' }), act('add_tag', { tag: 'x' })]);
    expect(p.patch).toEqual({ tags: ['x'] });
    expect(p.actions[0]).toEqual({ index: 0, type: 'move_to_group', description: 'Action 1 (Move to group) skipped: there is no group "gone"', changes: [], effect: null });
  });

  it('never mutates the lead', () => {
    const lead = makeLead({ tags: ['a'] });
    const copy = structuredClone(lead);
    plan([act('add_tag', { tag: 'b' }), act('remove_tag', { tag: 'a' }), act('adjust_score', { points: 5 })], lead);
    expect(lead).toEqual(copy);
  });

  it('compiles once and reports the fields its actions may change', () => {
    const compiled = compileActions([act('add_tag', { tag: 'x' }), act('remove_tag', { tag: 'y' }), act('notify', { message: 'n' }), act('adjust_score', { points: 1 })], ctx);
    expect(compiled.changes).toEqual(['tags', 'scoreAdjustment']);
    expect(compiled.plan('r', makeLead(), NOW, 1).patch).toEqual({ tags: ['x'], scoreAdjustment: 1 });
  });
});
