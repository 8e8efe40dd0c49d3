import { describe, expect, it } from 'vitest';
import { normalisePersonName } from './normalisePersonName';

describe('normalisePersonName', () => {
  it('trims and collapses whitespace, including non-breaking spaces', () => {
    expect(normalisePersonName('  Maria \u00a0  Schmidt\t')).toBe('Maria Schmidt');
  });

  it.each([
    ['JOHN SMITH', 'John Smith'],
    ['john smith', 'John Smith'],
    ["SEAN O'BRIEN", "Sean O'Brien"],
    ['ronald mcdonald', 'Ronald McDonald'],
    ["d'angelo rossi", "D'Angelo Rossi"],
    ['jean-pierre dubois', 'Jean-Pierre Dubois'],
    ['jan van der berg', 'Jan van der Berg'],
    ['LUDWIG VAN BEETHOVEN', 'Ludwig van Beethoven'],
    ['maria de la fontaine', 'Maria de la Fontaine'],
    ['ahmed al-mansouri', 'Ahmed al-Mansouri'],
    ['AL-MANSOURI AHMED', 'Al-Mansouri Ahmed'],
    ['khalid al mansouri', 'Khalid Al Mansouri'],
    ['MOHAMMED BIN RASHID', 'Mohammed bin Rashid'],
    ['van halen', 'Van Halen'],
    ['eddie van', 'Eddie Van'],
    ['j.r.r. tolkien', 'J.R.R. Tolkien'],
    ['john smith jr', 'John Smith Jr'],
    ['henry ford iii', 'Henry Ford III'],
    ['josé garcía', 'José García'],
    ['ÉLODIE LEFÈVRE', 'Élodie Lefèvre'],
    ["ngũgĩ wa thiong'o", "Ngũgĩ Wa Thiong'o"],
  ])('%s → %s', (typed, expected) => {
    expect(normalisePersonName(typed)).toBe(expected);
  });

  it('keeps names typed in mixed case as the person spells them', () => {
    expect(normalisePersonName('DeShawn McKenzie')).toBe('DeShawn McKenzie');
    expect(normalisePersonName('Vincent van Gogh')).toBe('Vincent van Gogh');
    expect(normalisePersonName('Macy Gray')).toBe('Macy Gray');
  });

  it('leaves scripts without letter case alone', () => {
    expect(normalisePersonName(' محمد   العلي ')).toBe('محمد العلي');
    expect(normalisePersonName('王 伟')).toBe('王 伟');
  });

  it('returns an empty string for blank input', () => {
    expect(normalisePersonName('   ')).toBe('');
    expect(normalisePersonName('')).toBe('');
  });

  it('does not touch digits-only input', () => {
    expect(normalisePersonName(' 123 ')).toBe('123');
  });
});
