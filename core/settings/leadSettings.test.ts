import { describe, expect, it } from 'vitest';
import { defaultScoringModel } from '../scoring/defaultScoringModel';
import { defaultLeadSettings, loadLeadSettings, scoringFingerprint } from './leadSettings';

describe('loadLeadSettings', () => {
  it('uses the defaults when nothing is stored', () => {
    const { settings, problems } = loadLeadSettings({});
    expect(problems).toEqual([]);
    expect(settings.scoring).toEqual(defaultScoringModel);
    expect(settings.groups).toEqual({ names: {}, custom: [] });
  });

  it('reads stored settings and applies qualification ranks to the scoring model', () => {
    const { settings, problems } = loadLeadSettings({
      groups: { custom: [{ id: 'trade_show', name: 'Trade show' }] },
      'qualification-options': { ...defaultLeadSettings.qualification, fit: [{ value: 'perfect', label: 'Perfect', rank: 1 }] },
    });
    expect(problems).toEqual([]);
    expect(settings.groups.custom[0]?.id).toBe('trade_show');
    const fit = settings.scoring.criteria.find((c) => c.id === 'need_alignment');
    expect(fit?.evaluation).toMatchObject({ kind: 'optionRank', ranks: [{ value: 'perfect', rank: 1 }] });
    expect(settings.scoringModel.criteria.find((c) => c.id === 'need_alignment')).toEqual(defaultScoringModel.criteria.find((c) => c.id === 'need_alignment'));
  });

  it('falls back to defaults for a damaged document and says which', () => {
    const { settings, problems } = loadLeadSettings({ 'scoring-model': { criteria: 'nope' }, stages: { names: { unknown: '' } } });
    expect(settings.scoring).toEqual(defaultScoringModel);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/scoring criteria/);
    expect(problems[1]).toMatch(/customer stages/);
  });
});

describe('scoringFingerprint', () => {
  it('is stable and changes when a weight changes', () => {
    const a = scoringFingerprint(defaultLeadSettings);
    expect(scoringFingerprint(loadLeadSettings({}).settings)).toBe(a);
    const criteria = defaultScoringModel.criteria.map((c) => (c.id === 'phone' ? { ...c, weight: 1 } : c));
    const changed = loadLeadSettings({ 'scoring-model': { ...defaultScoringModel, criteria } }).settings;
    expect(scoringFingerprint(changed)).not.toBe(a);
  });
});
