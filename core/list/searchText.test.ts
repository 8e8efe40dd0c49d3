import { describe, expect, it } from 'vitest';
import { matchesTerms, narrows, searchTerms, searchTextOf } from './searchText';
import type { ListRow } from './types';

const row: ListRow = {
  id: 'l1',
  name: 'José Álvarez',
  email: 'jose@acme.example',
  phone: '+49 30 1234567',
  company: 'ACME Pumps',
  country: 'DE',
  sourceCategory: 'Offline Channels',
  sourceChannel: 'Events',
  group: 'untouched',
  stage: 'unknown',
  score: 40,
  temperature: 'cool',
  engagementLevel: null,
  urgency: 0,
  ownerId: 'seller-1',
  tags: ['Hannover Messe', 'pumps'],
  lastActivityAt: null,
  createdAt: 1,
};

describe('searchTextOf', () => {
  const text = searchTextOf(row);

  it('holds the searchable fields folded', () => {
    for (const term of ['jose alvarez', 'jose@acme', 'acme pumps', 'de', 'events', 'offline', 'hannover messe']) {
      expect(text).toContain(term);
    }
  });

  it('holds the phone as typed and as bare digits', () => {
    expect(text).toContain('+49 30 1234567');
    expect(text).toContain('49301234567');
  });

  it('does not match across fields', () => {
    expect(matchesTerms(text, searchTerms('alvarezjose'))).toBe(false);
  });

  it('leaves out group and stage ids', () => {
    expect(text).not.toContain('untouched');
  });
});

describe('searchTerms', () => {
  it('folds, splits on whitespace and drops empty terms', () => {
    expect(searchTerms('  Álvarez   ACME ')).toEqual(['acme', 'alvarez']);
  });

  it('drops terms contained in another term', () => {
    expect(searchTerms('ac acme me')).toEqual(['acme']);
  });

  it('is empty for blank input', () => {
    expect(searchTerms('   ')).toEqual([]);
  });
});

describe('narrows', () => {
  it('is true when typing on', () => {
    expect(narrows(['acm'], ['acme'])).toBe(true);
    expect(narrows(['acme'], ['acme', 'pumps'])).toBe(true);
    expect(narrows([], ['x'])).toBe(true);
  });

  it('is false when a term was removed or changed', () => {
    expect(narrows(['acme'], ['acm'])).toBe(false);
    expect(narrows(['acme', 'pumps'], ['acme'])).toBe(false);
    expect(narrows(['acme'], ['acne'])).toBe(false);
  });
});
