import { describe, expect, it } from 'vitest';
import type { LedgerLine } from '../../../../core/scoring/scoreLead';
import { formatContribution, formatPoints, groupLedger, isSilentLine } from './ledgerGroups';

function line(criterionId: string, group: LedgerLine['group'], achieved: number, contribution: number): LedgerLine {
  return { criterionId, name: criterionId, group, achieved, max: 10, weight: 2, contribution, reason: `${criterionId} reason` };
}

describe('groupLedger', () => {
  it('orders groups G1–G5 then behaviour and leaves out empty groups', () => {
    const groups = groupLedger([line('b', 'behaviour', 5, 2), line('q', 'G3', 4, 1), line('e', 'G1', 5, 3)]);
    expect(groups.map((g) => g.group)).toEqual(['G1', 'G3', 'behaviour']);
    expect(groups[0]?.title).toMatch(/^G1/);
  });

  it('splits lines with points from silent ones, keeping their order', () => {
    const [g] = groupLedger([line('a', 'G2', 0, 0), line('b', 'G2', 3, 1.5), line('c', 'G2', 0, 0), line('d', 'G2', 1, 0.25)]);
    expect(g?.scoring.map((l) => l.criterionId)).toEqual(['b', 'd']);
    expect(g?.silent.map((l) => l.criterionId)).toEqual(['a', 'c']);
    expect(g?.contribution).toBe(1.75);
  });

  it('keeps a penalty line (negative points) among the visible ones', () => {
    const [g] = groupLedger([line('time_untouched', 'G4', -10, -2.5)]);
    expect(g?.scoring).toHaveLength(1);
    expect(g?.contribution).toBe(-2.5);
  });

  it('returns nothing for an empty ledger', () => {
    expect(groupLedger([])).toEqual([]);
  });

  it('sums contributions without float noise', () => {
    const [g] = groupLedger([line('a', 'G1', 1, 0.1), line('b', 'G1', 1, 0.2)]);
    expect(g?.contribution).toBe(0.3);
  });
});

describe('isSilentLine', () => {
  it('is silent only with no points and no contribution', () => {
    expect(isSilentLine(line('a', 'G1', 0, 0))).toBe(true);
    expect(isSilentLine(line('a', 'G1', 2, 0.5))).toBe(false);
    expect(isSilentLine(line('a', 'G1', -5, -1))).toBe(false);
  });
});

describe('formatPoints and formatContribution', () => {
  it('drops trailing zeros and rounds to two decimals', () => {
    expect(formatPoints(3)).toBe('3');
    expect(formatPoints(2.5)).toBe('2.5');
    expect(formatPoints(1.23456)).toBe('1.23');
    expect(formatPoints(-0.001)).toBe('0');
  });

  it('shows a dash for non-numbers', () => {
    expect(formatPoints(Number.NaN)).toBe('—');
    expect(formatContribution(Number.POSITIVE_INFINITY)).toBe('—');
  });

  it('signs contributions with a plus or a minus sign', () => {
    expect(formatContribution(3.25)).toBe('+3.25');
    expect(formatContribution(-1.5)).toBe('−1.5');
    expect(formatContribution(0)).toBe('0');
    expect(formatContribution(-0.0001)).toBe('0');
  });
});
