import { describe, expect, it } from 'vitest';
import { rule as ruleSchema } from '../../../../core/model/rule';
import { draftFromRule, draftFromTemplate, emptyDraft, ruleForWords, toRuleDraft, withStandInName } from './builderDraft';

describe('builderDraft', () => {
  it('starts a new rule off, with a trigger and no conditions', () => {
    const draft = emptyDraft();
    expect(draft.enabled).toBe(false);
    expect(draft.id).toBeNull();
    expect(draft.criteria.conditions).toEqual([]);
    // The sentence view can read it as a stored rule.
    expect(ruleSchema.safeParse(ruleForWords({ ...draft, name: 'x' })).success).toBe(true);
  });

  it('fills a template’s defaults and keeps it off', () => {
    const result = draftFromTemplate({
      id: 't',
      name: 'Spam never emailed',
      description: '',
      draft: { name: 'Spam never emailed', trigger: { kind: 'manual' }, blocking: true, priority: 1, enabled: true },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ name: 'Spam never emailed', blocking: true, priority: 1, enabled: false, executionMode: { kind: 'one_time' } });
    expect(result.value.sunset).toEqual({ expiresAt: null, afterRuns: null, afterEvent: null });
  });

  it('refuses a broken template in words', () => {
    const result = draftFromTemplate({ id: 't', name: 'Broken', description: '', draft: { name: '', trigger: { kind: 'manual' } } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toContain('Broken');
  });

  it('round-trips a stored rule and leaves the id out of a new draft', () => {
    const stored = ruleSchema.parse({ ...ruleForWords(emptyDraft()), id: 'r1', name: 'Hot', ownerId: 'u', teamId: 't', version: 3 });
    const draft = draftFromRule(stored);
    expect(draft.id).toBe('r1');
    expect(toRuleDraft(draft, true)).toMatchObject({ id: 'r1', enabled: true, name: 'Hot' });
    expect('id' in toRuleDraft(emptyDraft())).toBe(false);
  });

  it('stands in a name only while the rule has none', () => {
    expect(withStandInName({ ...emptyDraft(), name: '  ' }).name).toBe('Unnamed rule');
    const named = { ...emptyDraft(), name: 'Hot' };
    expect(withStandInName(named)).toBe(named);
  });
});
