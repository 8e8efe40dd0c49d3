import { describe, expect, it } from 'vitest';
import { asciiSlug } from './asciiSlug';

describe('asciiSlug', () => {
  it.each([
    ['Müller', 'muller'],
    ['Groß', 'gross'],
    ['Yılmaz', 'yilmaz'],
    ['Wiśniewski', 'wisniewski'],
    ['Paweł', 'pawel'],
    ["O'Brien", 'obrien'],
    ['de la Fontaine', 'delafontaine'],
    ['Min-jun', 'minjun'],
    ['Al Noor', 'alnoor'],
    ['محمد', ''],
  ])('%s → %s', (text, slug) => {
    expect(asciiSlug(text)).toBe(slug);
    // Cached answers are the same as fresh ones.
    expect(asciiSlug(text)).toBe(slug);
  });
});
