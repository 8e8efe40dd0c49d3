import { describe, expect, it } from 'vitest';
import { EventTimeIndex } from './eventTimes';

describe('EventTimeIndex', () => {
  it('counts nothing when empty', () => {
    const index = new EventTimeIndex();
    expect(index.size).toBe(0);
    expect(index.count('email_open', { from: null, to: null })).toBe(0);
    expect(index.counts(['email_sent', 'email_open'], { from: 0, to: 10 })).toEqual({ email_sent: 0, email_open: 0 });
    expect(index.ruleFirings({ from: null, to: null }).size).toBe(0);
  });

  it('counts events of a type in a half-open range, added in any order', () => {
    const index = new EventTimeIndex();
    for (const at of [50, 10, 30, 30, 90, 70]) index.add('email_open', at);
    index.add('email_sent', 30);
    expect(index.count('email_open', { from: 30, to: 70 })).toBe(3);
    expect(index.count('email_open', { from: null, to: 30 })).toBe(1);
    expect(index.count('email_open', { from: 70, to: null })).toBe(2);
    expect(index.count('email_open', { from: 100, to: 200 })).toBe(0);
    expect(index.count('email_sent', { from: null, to: null })).toBe(1);
    index.add('email_open', 20);
    expect(index.count('email_open', { from: 10, to: 31 })).toBe(4);
    expect(index.size).toBe(8);
  });

  it('ignores times that are not numbers', () => {
    const index = new EventTimeIndex();
    index.add('call', Number.NaN);
    index.add('call', Number.POSITIVE_INFINITY);
    expect(index.size).toBe(0);
  });

  it('keeps rule firings per rule, with the name the rule fired under', () => {
    const index = new EventTimeIndex();
    index.add('rule_fired', 10, { id: 'r1', name: 'Welcome' });
    index.add('rule_fired', 20, { id: 'r1', name: 'Welcome new' });
    index.add('rule_fired', 30, { id: 'r2', name: 'Hot' });
    index.add('rule_fired', 40, { id: '', name: 'no id' });
    expect([...index.ruleFirings({ from: 15, to: null })]).toEqual([
      ['r1', 1],
      ['r2', 1],
    ]);
    expect([...index.ruleFirings({ from: null, to: 25 })]).toEqual([['r1', 2]]);
    expect(index.ruleName('r1')).toBe('Welcome new');
    expect(index.ruleName('r3')).toBeUndefined();
  });

  it('grows past its first capacity and counts a million events', () => {
    const index = new EventTimeIndex();
    for (let i = 0; i < 1_000_000; i++) index.add(i % 2 === 0 ? 'email_open' : 'page_view', (i * 7919) % 1_000_000);
    expect(index.count('email_open', { from: 0, to: 500_000 }) + index.count('page_view', { from: 0, to: 500_000 })).toBe(500_000);
    expect(index.count('email_open', { from: 7919 * 2, to: 7919 * 2 + 1 })).toBe(1);
  });
});
