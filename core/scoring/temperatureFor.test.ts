import { describe, it, expect } from 'vitest';
import { defaultScoringModel } from './defaultScoringModel';
import { nextBandAbove, temperatureFor } from './temperatureFor';

const bands = defaultScoringModel.bands;

describe('temperatureFor', () => {
  it('puts the seed 001 band edges in the upper band', () => {
    const cases: [number, string][] = [[0, 'cold'], [29.9, 'cold'], [30, 'cool'], [49.9, 'cool'], [50, 'warm'], [69.9, 'warm'], [70, 'hot'], [100, 'hot']];
    for (const [score, t] of cases) expect(temperatureFor(score, bands), String(score)).toBe(t);
  });
  it('treats NaN and negatives as cold', () => {
    expect(temperatureFor(Number.NaN, bands)).toBe('cold');
    expect(temperatureFor(-5, bands)).toBe('cold');
  });
  it('finds the next band up', () => {
    expect(nextBandAbove('cold', bands)?.temperature).toBe('cool');
    expect(nextBandAbove('warm', bands)?.min).toBe(70);
    expect(nextBandAbove('hot', bands)).toBeNull();
  });
});
