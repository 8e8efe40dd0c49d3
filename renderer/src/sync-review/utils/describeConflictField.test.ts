import { describe, expect, it } from 'vitest';
import { describeConflictValue, describeFieldPath } from './describeConflictField';

const date = (ms: number) => `date ${ms}`;

describe('describeFieldPath', () => {
  it('names nested fields in words and keeps custom field names as typed', () => {
    expect(describeFieldPath(['company', 'name'])).toBe('Company › Name');
    expect(describeFieldPath(['jobTitle'])).toBe('Job title');
    expect(describeFieldPath(['customFields', 'budget_2026'])).toBe('Custom field › budget_2026');
    expect(describeFieldPath(['qualification', 'budgetAmount'])).toBe('Qualification › Budget amount');
    expect(describeFieldPath(['_deleted'])).toBe('Deleted');
    expect(describeFieldPath(['data', 'hot', 'minScore'])).toBe('Setting › Hot › Min score');
  });
});

describe('describeConflictValue', () => {
  it('says empty for absent, null and blank values', () => {
    expect(describeConflictValue(['name'], false, undefined, date)).toBe('(empty)');
    expect(describeConflictValue(['name'], true, null, date)).toBe('(empty)');
    expect(describeConflictValue(['name'], true, '', date)).toBe('(empty)');
  });

  it('reads booleans, deletion, times, numbers and lists', () => {
    expect(describeConflictValue(['consent', 'unsubscribed'], true, true, date)).toBe('Yes');
    expect(describeConflictValue(['_deleted'], true, true, date)).toBe('Deleted');
    expect(describeConflictValue(['_deleted'], true, false, date)).toBe('Kept');
    expect(describeConflictValue(['nextFollowUpAt'], true, 1_750_000_000_000, date)).toBe('date 1750000000000');
    expect(describeConflictValue(['company', 'size'], true, 250, date)).toBe((250).toLocaleString());
    expect(describeConflictValue(['tags'], true, ['solar', 'gcc'], date)).toBe('solar, gcc');
    expect(describeConflictValue(['tags'], true, [], date)).toBe('(none)');
    expect(describeConflictValue(['conversion'], true, { contactId: 'c1' }, date)).toBe('{"contactId":"c1"}');
  });

  it('shortens long text', () => {
    const text = describeConflictValue(['body'], true, 'x'.repeat(1000), date);
    expect(text).toHaveLength(300);
    expect(text.endsWith('…')).toBe(true);
  });
});
