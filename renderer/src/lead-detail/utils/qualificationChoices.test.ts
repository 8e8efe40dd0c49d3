import { describe, expect, it } from 'vitest';
import { defaultQualificationSettings } from '../../../../core/settings/qualificationSettings';
import { addChallenge, CHALLENGES_MAX, parseBudgetAmount, parseCurrency, qualificationChoices, removeChallenge } from './qualificationChoices';

describe('qualificationChoices', () => {
  it('offers "not set" and the seller\'s options in order', () => {
    const choices = qualificationChoices(defaultQualificationSettings, 'budget', 'high');
    expect(choices.map((c) => c.value)).toEqual(['', 'high', 'medium', 'low', 'not_disclosed']);
    expect(choices[1]?.label).toBe('High Budget');
    expect(choices.every((c) => !c.unlisted)).toBe(true);
  });

  it('keeps a stored value the list does not hold, as itself', () => {
    const choices = qualificationChoices(defaultQualificationSettings, 'need', 'strong');
    expect(choices.at(-1)).toEqual({ value: 'strong', label: 'strong', unlisted: true });
  });

  it('follows a customised list', () => {
    const settings = { ...defaultQualificationSettings, fit: [{ value: 'ideal', label: 'Ideal', rank: 2 }] };
    expect(qualificationChoices(settings, 'fit', '').map((c) => c.label)).toEqual(['Not set', 'Ideal']);
  });
});

describe('challenges', () => {
  it('adds a trimmed text once, ignoring case', () => {
    expect(addChallenge([], '  Technical:   grid code ')).toEqual(['Technical: grid code']);
    expect(addChallenge(['Financial'], 'financial')).toEqual(['Financial']);
    expect(addChallenge(['Financial'], '   ')).toEqual(['Financial']);
  });

  it('cuts long texts to the stored limit and stops at a full list', () => {
    expect(addChallenge([], 'x'.repeat(300))[0]).toHaveLength(200);
    const full = Array.from({ length: CHALLENGES_MAX }, (_, i) => `c${i}`);
    expect(addChallenge(full, 'one more')).toHaveLength(CHALLENGES_MAX);
  });

  it('removes by position and leaves the input alone', () => {
    const list = ['a', 'b', 'c'];
    expect(removeChallenge(list, 1)).toEqual(['a', 'c']);
    expect(removeChallenge(list, 9)).toEqual(['a', 'b', 'c']);
    expect(list).toEqual(['a', 'b', 'c']);
  });
});

describe('budget figures', () => {
  it('reads amounts with separators, and empty as cleared', () => {
    expect(parseBudgetAmount('25,000')).toEqual({ ok: true, value: 25000 });
    expect(parseBudgetAmount(' 1 500.5 ')).toEqual({ ok: true, value: 1500.5 });
    expect(parseBudgetAmount('')).toEqual({ ok: true, value: null });
  });

  it('refuses text, negative and endless amounts', () => {
    expect(parseBudgetAmount('lots').ok).toBe(false);
    expect(parseBudgetAmount('-5').ok).toBe(false);
    expect(parseBudgetAmount('1e999').ok).toBe(false);
  });

  it('takes three-letter currency codes, upper-cased', () => {
    expect(parseCurrency('usd')).toEqual({ ok: true, value: 'USD' });
    expect(parseCurrency('')).toEqual({ ok: true, value: '' });
    expect(parseCurrency('US$').ok).toBe(false);
    expect(parseCurrency('EURO').ok).toBe(false);
  });
});
