import { describe, expect, it } from 'vitest';
import { foldText } from './foldText';

describe('foldText', () => {
  it('lower-cases ASCII text', () => {
    expect(foldText('ACME GmbH')).toBe('acme gmbh');
  });

  it('strips diacritics', () => {
    expect(foldText('José Müller-Øre Ça')).toBe('jose muller-øre ca');
  });

  it('keeps non-Latin scripts', () => {
    expect(foldText('محمد 王')).toBe('محمد 王');
  });
});
