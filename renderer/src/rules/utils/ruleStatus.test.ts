import { describe, expect, it } from 'vitest';
import { rule as ruleSchema } from '../../../../core/model/rule';
import type { RuleSummary } from '../../../data/ruleContract';
import { ruleStatus } from './ruleStatus';

const summary = (enabled: boolean, problems: number, sunset: string | null): RuleSummary => ({
  rule: ruleSchema.parse({ id: 'r', name: 'R', ownerId: 'u', teamId: 't', createdAt: 0, updatedAt: 0, trigger: { kind: 'manual' }, enabled }),
  stats: { timesFired: 0, leadsAffected: 0, lastFiredAt: null, lastRunAt: null },
  problems: Array.from({ length: problems }, () => ({ part: 'actions' as const, index: 0, message: 'the group Qualified was deleted' })),
  sunset,
});

describe('ruleStatus', () => {
  it('puts problems before sunset before on/off', () => {
    expect(ruleStatus(summary(true, 1, 'expired on 1 May'))).toBe('problems');
    expect(ruleStatus(summary(true, 0, 'expired on 1 May'))).toBe('sunset');
    expect(ruleStatus(summary(true, 0, null))).toBe('on');
    expect(ruleStatus(summary(false, 0, null))).toBe('off');
  });
});
