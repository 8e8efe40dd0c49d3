import { describe, expect, it } from 'vitest';
import { defaultScoringModel } from '../../../../core/scoring/defaultScoringModel';
import type { CriterionEvaluation } from '../../../../core/scoring/scoringModel';
import { dataTypeLabel, evaluationDescription } from './dataTypeLabel';

describe('dataTypeLabel', () => {
  it.each<[CriterionEvaluation, string]>([
    [{ kind: 'present', field: 'email' }, 'Filled in'],
    [{ kind: 'inList', field: 'country', values: [], partialValues: [], partialPoints: 0 }, 'In a list'],
    [{ kind: 'seniority', field: 'jobTitle', seniorities: ['director'] }, 'Job title seniority'],
    [{ kind: 'optionRank', field: 'qualification.budget', ranks: [{ value: 'high', rank: 3 }] }, 'Option'],
    [{ kind: 'optionPoints', field: 'engagementLevel', options: [{ value: 'HOT', points: 10 }] }, 'Option'],
    [{ kind: 'scale', field: 'company.size', steps: [] }, 'Number scale'],
    [{ kind: 'counter', counter: 'pageViews', steps: [] }, 'Count'],
    [{ kind: 'rate', numerator: 'emailsOpened', denominator: 'emailsSent', steps: [] }, 'Rate (%)'],
    [{ kind: 'timeUntouched', steps: [] }, 'Days untouched (penalty)'],
    [{ kind: 'notTracked', why: 'later' }, 'Platform data — not tracked yet'],
  ])('names %o as %s', (evaluation, label) => {
    expect(dataTypeLabel(evaluation)).toBe(label);
  });

  it('describes every default criterion in words without internal field names', () => {
    for (const c of defaultScoringModel.criteria) {
      const text = evaluationDescription(c.evaluation);
      expect(text.length).toBeGreaterThan(10);
      expect(text).not.toMatch(/qualification\.|company\.|source\./);
    }
  });

  it('describes the time-untouched steps and list sizes', () => {
    expect(evaluationDescription({ kind: 'timeUntouched', steps: [{ minDays: 7, points: -5 }] })).toContain('-5 after 7 days');
    expect(evaluationDescription({ kind: 'inList', field: 'country', values: ['AE'], partialValues: [], partialPoints: 0 })).toContain('one of 1 chosen value.');
  });
});
