import { describe, expect, it } from 'vitest';
import { defaultScoringModel } from '../scoring/defaultScoringModel';
import { scoreLead } from '../scoring/scoreLead';
import { lead } from '../model/lead';
import { defaultQualificationSettings, qualificationLabel, qualificationSettings } from './qualificationSettings';
import { scoringWithQualification } from './scoringWithQualification';

describe('qualificationSettings', () => {
  it('defaults to seed 003’s lists', () => {
    expect(qualificationSettings.parse(defaultQualificationSettings)).toEqual(defaultQualificationSettings);
    expect(defaultQualificationSettings.budget.map((o) => o.value)).toEqual(['high', 'medium', 'low', 'not_disclosed']);
  });

  it('refuses empty lists, duplicate values or labels, and bad ranks', () => {
    const bad = (patch: object) => qualificationSettings.safeParse({ ...defaultQualificationSettings, ...patch }).success;
    expect(bad({ budget: [] })).toBe(false);
    expect(bad({ budget: [{ value: 'a', label: 'A', rank: 1 }, { value: 'a', label: 'B', rank: 2 }] })).toBe(false);
    expect(bad({ budget: [{ value: 'a', label: 'A', rank: 1 }, { value: 'b', label: 'a', rank: 2 }] })).toBe(false);
    expect(bad({ budget: [{ value: 'a', label: 'A', rank: -1 }] })).toBe(false);
    expect(bad({ budget: [{ value: 'a', label: 'A', rank: 1.5 }] })).toBe(false);
  });

  it('labels stored values and shows unknown ones as they are', () => {
    expect(qualificationLabel(defaultQualificationSettings, 'budget', 'high')).toBe('High Budget');
    expect(qualificationLabel(defaultQualificationSettings, 'budget', 'gone')).toBe('gone');
  });
});

describe('scoringWithQualification', () => {
  const now = Date.UTC(2026, 10, 23);
  const withBudget = (budget: string) => lead.parse({ id: 'l1', ownerId: 'u', teamId: 't', createdAt: now, updatedAt: now, qualification: { budget } });

  it('scores an added option by its rank', () => {
    const settings = { ...defaultQualificationSettings, budget: [...defaultQualificationSettings.budget, { value: 'very_high', label: 'Very High', rank: 4 }] };
    const model = scoringWithQualification(defaultScoringModel, settings);
    const line = scoreLead(withBudget('very_high'), [], model, now).ledger.find((l) => l.criterionId === 'budget');
    // 2 information points + 8 × 4 / 4 evaluation points.
    expect(line?.achieved).toBe(10);
    const high = scoreLead(withBudget('high'), [], model, now).ledger.find((l) => l.criterionId === 'budget');
    expect(high?.achieved).toBe(8);
  });

  it('leaves the default model unchanged with default lists and does not mutate it', () => {
    const before = JSON.stringify(defaultScoringModel);
    const model = scoringWithQualification(defaultScoringModel, defaultQualificationSettings);
    expect(model).toEqual(defaultScoringModel);
    expect(JSON.stringify(defaultScoringModel)).toBe(before);
  });

  it('keeps fixed points for authority; an added option scores nothing', () => {
    const settings = { ...defaultQualificationSettings, authority: [...defaultQualificationSettings.authority, { value: 'champion', label: 'Champion', rank: 3 }] };
    const model = scoringWithQualification(defaultScoringModel, settings);
    expect(model.criteria.find((c) => c.id === 'authority')).toEqual(defaultScoringModel.criteria.find((c) => c.id === 'authority'));
  });
});
