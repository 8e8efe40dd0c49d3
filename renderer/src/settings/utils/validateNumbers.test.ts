import { describe, expect, it } from 'vitest';
import { bandsProblem, parseNumber, validateMaxPoints, validatePenalty, validatePercent, validatePoints, validateWeight } from './validateNumbers';

describe('number validation', () => {
  it('reads numbers with a decimal comma and rejects words and blanks', () => {
    expect(parseNumber(' 2,5 ')).toEqual({ ok: true, value: 2.5 });
    expect(parseNumber('')).toEqual({ ok: false, error: 'enter a number' });
    expect(parseNumber('abc').ok).toBe(false);
    expect(parseNumber('Infinity').ok).toBe(false);
  });

  it('keeps points at 0 or more', () => {
    expect(validatePoints('0')).toEqual({ ok: true, value: 0 });
    expect(validatePoints('-1')).toEqual({ ok: false, error: 'use 0 or more' });
  });

  it('keeps weights whole from 1 to 5', () => {
    expect(validateWeight('5')).toEqual({ ok: true, value: 5 });
    for (const bad of ['0', '6', '2.5', '-1', 'x']) expect(validateWeight(bad).ok).toBe(false);
  });

  it('lets only the penalty go below 0', () => {
    expect(validateMaxPoints('-10', true)).toEqual({ ok: true, value: -10 });
    expect(validateMaxPoints('0', true).ok).toBe(false);
    expect(validateMaxPoints('-1', false).ok).toBe(false);
    expect(validateMaxPoints('0', false)).toEqual({ ok: true, value: 0 });
  });

  it('checks status penalties and percents', () => {
    expect(validatePenalty('-100').ok).toBe(true);
    expect(validatePenalty('5').ok).toBe(false);
    expect(validatePenalty('-101').ok).toBe(false);
    expect(validatePercent('10')).toEqual({ ok: true, value: 0.1 });
    expect(validatePercent('120').ok).toBe(false);
  });

  it('checks temperature bands descend and end at 0', () => {
    expect(bandsProblem([70, 50, 30, 0])).toBeNull();
    expect(bandsProblem([70, 70, 30, 0])).toBe('each band must start below the one above it');
    expect(bandsProblem([70, 50, 30, 5])).toBe('the last band must start at 0');
    expect(bandsProblem([170, 50, 30, 0])).toBe('thresholds are between 0 and 100');
    expect(bandsProblem([])).toBeNull();
  });
});
