import { describe, expect, it } from 'vitest';
import { searchItems, searchWords } from './searchRules';

const items = [
  { item: 'a', texts: ['Hot lead alert', 'WHEN score changes IF Score > 70 THEN Notify'] },
  { item: 'b', texts: ['Spam never emailed', 'Blocks emails to leads tagged spam'] },
  { item: 'c', texts: ['Café follow-up', ''] },
];

describe('searchItems', () => {
  it('needs every word, in any text, whatever the case or accents', () => {
    expect(searchItems('hot notify', items)).toEqual(['a']);
    expect(searchItems('SPAM', items)).toEqual(['b']);
    expect(searchItems('cafe', items)).toEqual(['c']);
    expect(searchItems('hot spam', items)).toEqual([]);
  });

  it('finds nothing for an empty query and stops at the limit', () => {
    expect(searchItems('   ', items)).toEqual([]);
    expect(searchWords(' a  b ')).toEqual(['a', 'b']);
    expect(searchItems('e', items, 2)).toEqual(['a', 'b']);
  });
});
