import { describe, expect, it } from 'vitest';
import { foldText } from './foldText';
import { LeadListIndex } from './leadListIndex';
import { engagementRank, temperatureRank } from './levelRanks';
import { sourceLabel } from './sourceLabel';
import type { EngagementFilterValue, EngagementLevel, ListColumn, ListFilters, ListQuery, ListRow, Temperature } from './types';
import { listRow } from '../../tests/fixtures/listRow';

const noFilters: ListFilters = { search: '', groups: [], sources: [], tags: [], countries: [] };

const row = listRow;

function ids(rows: readonly ListRow[]): string[] {
  return rows.map((r) => r.id);
}

function query(filters: Partial<ListFilters> = {}, sort: ListQuery['sort'] = null): ListQuery {
  return { filters: { ...noFilters, ...filters }, sort };
}

describe('LeadListIndex', () => {
  const rows = [
    row('a', { name: 'Zoë Adams', company: 'ACME', country: 'DE', group: 'nurturing', score: 80, temperature: 'hot', engagementLevel: 'WARM', urgency: 6, tags: ['vip'], createdAt: 3, lastActivityAt: 50 }),
    row('b', { name: 'ann baker', company: '', country: 'AE', group: 'untouched', score: 20, ownerId: 'colleague', tags: [], createdAt: 2, sourceChannel: 'Events' }),
    row('c', { name: 'Émile Carr', company: 'Borealis', country: 'DE', group: 'nurturing', score: 55, temperature: 'warm', engagementLevel: 'HOT', urgency: 9, tags: ['pumps', 'vip'], createdAt: 1, lastActivityAt: 10, sourceCategory: 'Online Channels' }),
  ];

  function index(): LeadListIndex {
    const list = new LeadListIndex();
    list.replaceAll(rows);
    return list;
  }

  it('lists newest first without a sort', () => {
    expect(ids(index().query(query()))).toEqual(['a', 'b', 'c']);
  });

  it('sorts text case- and accent-insensitively', () => {
    expect(ids(index().query(query({}, { column: 'name', direction: 'asc' })))).toEqual(['b', 'c', 'a']);
    expect(ids(index().query(query({}, { column: 'name', direction: 'desc' })))).toEqual(['a', 'c', 'b']);
  });

  it('sorts numbers numerically', () => {
    expect(ids(index().query(query({}, { column: 'score', direction: 'desc' })))).toEqual(['a', 'c', 'b']);
  });

  it('puts empty values last in both directions', () => {
    expect(ids(index().query(query({}, { column: 'company', direction: 'asc' })))).toEqual(['a', 'c', 'b']);
    expect(ids(index().query(query({}, { column: 'company', direction: 'desc' })))).toEqual(['c', 'a', 'b']);
    expect(ids(index().query(query({}, { column: 'lastActivityAt', direction: 'asc' })))).toEqual(['c', 'a', 'b']);
    expect(ids(index().query(query({}, { column: 'lastActivityAt', direction: 'desc' })))).toEqual(['a', 'c', 'b']);
  });

  it('breaks ties newest first', () => {
    expect(ids(index().query(query({}, { column: 'country', direction: 'asc' })))).toEqual(['b', 'a', 'c']);
  });

  it('searches folded text with every term', () => {
    const list = index();
    expect(ids(list.query(query({ search: 'EMILE' })))).toEqual(['c']);
    expect(ids(list.query(query({ search: 'acme zoe' })))).toEqual(['a']);
    expect(ids(list.query(query({ search: 'vip' })))).toEqual(['a', 'c']);
    expect(ids(list.query(query({ search: 'nobody' })))).toEqual([]);
  });

  it('filters by facets: any value within a facet, all facets together', () => {
    const list = index();
    expect(ids(list.query(query({ countries: ['DE'] })))).toEqual(['a', 'c']);
    expect(ids(list.query(query({ countries: ['DE', 'AE'], tags: ['pumps'] })))).toEqual(['c']);
    expect(ids(list.query(query({ sources: ['Events', 'Online Channels'] })))).toEqual(['b', 'c']);
    expect(ids(list.query(query({ groups: ['untouched'], search: 'ann' })))).toEqual(['b']);
  });

  it('lists facets sorted, without empty values', () => {
    expect(index().facets()).toEqual({
      groups: ['nurturing', 'untouched'],
      sources: ['Events', 'Online Channels'],
      tags: ['pumps', 'vip'],
      countries: ['AE', 'DE'],
      owners: ['colleague', 'me'],
    });
  });

  it('sorts temperature and engagement by warmth, not by name, with unassessed leads last', () => {
    const list = index();
    expect(ids(list.query(query({}, { column: 'temperature', direction: 'desc' })))).toEqual(['a', 'c', 'b']);
    expect(ids(list.query(query({}, { column: 'temperature', direction: 'asc' })))).toEqual(['b', 'c', 'a']);
    expect(ids(list.query(query({}, { column: 'engagementLevel', direction: 'desc' })))).toEqual(['c', 'a', 'b']);
    expect(ids(list.query(query({}, { column: 'engagementLevel', direction: 'asc' })))).toEqual(['a', 'c', 'b']);
    expect(ids(list.query(query({}, { column: 'urgency', direction: 'desc' })))).toEqual(['c', 'a', 'b']);
  });

  it('filters by temperature, engagement level (including not assessed) and owner', () => {
    const list = index();
    expect(ids(list.query(query({ temperatures: ['hot', 'warm'] })))).toEqual(['a', 'c']);
    expect(ids(list.query(query({ temperatures: ['cool'] })))).toEqual([]);
    expect(ids(list.query(query({ engagementLevels: ['not-assessed'] })))).toEqual(['b']);
    expect(ids(list.query(query({ engagementLevels: ['HOT', 'not-assessed'] })))).toEqual(['b', 'c']);
    expect(ids(list.query(query({ owners: ['colleague'] })))).toEqual(['b']);
    expect(ids(list.query(query({ owners: ['me'], temperatures: ['hot'], groups: ['nurturing'] })))).toEqual(['a']);
    // An empty selection does not filter, just like an absent one.
    expect(ids(list.query(query({ temperatures: [], engagementLevels: [], owners: [] })))).toEqual(['a', 'b', 'c']);
  });

  it('reads filters without the later facets (older callers) as not filtering on them', () => {
    const list = index();
    const older: ListQuery = { filters: { search: '', groups: ['nurturing'], sources: [], tags: [], countries: [] }, sort: null };
    expect(ids(list.query(older))).toEqual(['a', 'c']);
    expect(list.query(older)).toBe(list.query(query({ groups: ['nurturing'], temperatures: [] })));
  });

  it('keeps filter results up to date when a row warms up or changes owner', () => {
    const list = index();
    expect(ids(list.query(query({ temperatures: ['hot'] })))).toEqual(['a']);
    expect(ids(list.query(query({ owners: ['me'] }, { column: 'urgency', direction: 'desc' })))).toEqual(['c', 'a']);
    list.apply([{ ...rows[1]!, temperature: 'hot', ownerId: 'me', urgency: 10 }], []);
    expect(ids(list.query(query({ temperatures: ['hot'] })))).toEqual(['a', 'b']);
    expect(ids(list.query(query({ owners: ['me'] }, { column: 'urgency', direction: 'desc' })))).toEqual(['b', 'c', 'a']);
    expect(list.facets().owners).toEqual(['me']);
  });

  it('returns the same array for the same query until the rows change', () => {
    const list = index();
    const first = list.query(query({ search: 'a' }));
    expect(list.query(query({ search: 'a' }))).toBe(first);
    expect(list.facets()).toBe(list.facets());
    const version = list.version;
    list.apply([row('d', { name: 'Dana', createdAt: 9 })], []);
    expect(list.version).toBe(version + 1);
    expect(list.query(query({ search: 'a' }))).not.toBe(first);
    expect(ids(list.query(query({ search: 'a' })))).toEqual(['d', 'a', 'b', 'c']);
  });

  it('applies updates and removals', () => {
    const list = index();
    list.query(query({}, { column: 'name', direction: 'asc' }));
    list.apply([row('b', { name: 'Zed', createdAt: 2 })], ['a']);
    expect(list.size).toBe(2);
    expect(list.get('a')).toBeUndefined();
    expect(list.get('b')?.name).toBe('Zed');
    expect(ids(list.query(query({}, { column: 'name', direction: 'asc' })))).toEqual(['c', 'b']);
  });

  it('does not bump the version for a no-op', () => {
    const list = index();
    const version = list.version;
    expect(list.apply([{ ...rows[0]!, tags: ['vip'] }], ['missing'])).toBe(false);
    expect(list.version).toBe(version);
  });
});

describe('LeadListIndex against a brute-force reference', () => {
  // Deterministic pseudo-random data (mulberry32).
  function random(seed: number): () => number {
    let state = seed;
    return () => {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const next = random(42);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T;
  const syllables = ['ka', 'lo', 'mi', 'ré', 'ben', 'tor', 'ali', '', 'an', 'de'];
  const word = (): string => pick(syllables) + pick(syllables) + pick(syllables);
  const temperatures: Temperature[] = ['hot', 'warm', 'cool', 'cold'];
  const levels: (EngagementLevel | null)[] = ['HOT', 'WARM', 'INTERESTED', 'COLD', 'UNRESPONSIVE', null];
  const makeRow = (i: number): ListRow =>
    row(`r${i}`, {
      temperature: pick(temperatures),
      engagementLevel: pick(levels),
      urgency: Math.floor(next() * 11),
      ownerId: pick(['me', 'me', 'colleague']),
      name: `${word()} ${word()}`.trim(),
      company: word(),
      country: pick(['DE', 'AE', 'SA', '']),
      sourceChannel: pick(['Events', 'Website', '']),
      group: pick(['untouched', 'nurturing', 'qualified']),
      score: Math.floor(next() * 101),
      tags: next() < 0.5 ? [] : [pick(['vip', 'pumps', 'valves'])],
      lastActivityAt: next() < 0.3 ? null : Math.floor(next() * 1000),
      createdAt: Math.floor(next() * 500),
    });

  const all = Array.from({ length: 600 }, (_, i) => makeRow(i));
  const list = new LeadListIndex();
  list.replaceAll(all);

  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  function reference(q: ListQuery): string[] {
    const terms = foldText(q.filters.search).split(/\s+/).filter(Boolean);
    const current = [...list.allRows()];
    const matching = current.filter((r) => {
      const text = foldText([r.name, r.email, r.phone, r.company, r.country, r.sourceCategory, r.sourceChannel, ...r.tags].join('\n'));
      return (
        terms.every((t) => text.includes(t)) &&
        (q.filters.groups.length === 0 || q.filters.groups.includes(r.group)) &&
        (q.filters.countries.length === 0 || q.filters.countries.includes(r.country)) &&
        (q.filters.sources.length === 0 || q.filters.sources.includes(sourceLabel(r))) &&
        (q.filters.tags.length === 0 || r.tags.some((t) => q.filters.tags.includes(t))) &&
        (!q.filters.temperatures?.length || q.filters.temperatures.includes(r.temperature)) &&
        (!q.filters.engagementLevels?.length || q.filters.engagementLevels.includes(r.engagementLevel ?? 'not-assessed')) &&
        (!q.filters.owners?.length || q.filters.owners.includes(r.ownerId))
      );
    });
    const newest = (a: ListRow, b: ListRow): number => b.createdAt - a.createdAt;
    const byDefault = matching.sort(newest);
    if (!q.sort) return ids(byDefault);
    const { column, direction } = q.sort;
    const value = (r: ListRow): string | number | null => {
      switch (column) {
        case 'score':
          return r.score;
        case 'lastActivityAt':
          return r.lastActivityAt;
        case 'urgency':
          return r.urgency;
        case 'temperature':
          return temperatureRank[r.temperature];
        case 'engagementLevel':
          return r.engagementLevel === null ? null : engagementRank[r.engagementLevel];
        case 'source':
          return sourceLabel(r) || null;
        case 'tags':
          return r.tags.join(', ') || null;
        default:
          return r[column] || null;
      }
    };
    return ids(
      byDefault.slice().sort((a, b) => {
        const va = value(a);
        const vb = value(b);
        if (va === null || vb === null) return va === vb ? 0 : va === null ? 1 : -1;
        const c = typeof va === 'number' && typeof vb === 'number' ? va - vb : collator.compare(String(va), String(vb));
        return direction === 'asc' ? c : -c;
      }),
    );
  }

  // Collator-equal names may come in either order; compare the sequence of sort values and the set.
  function sameResult(q: ListQuery): void {
    const got = ids(list.query(q));
    const expected = reference(q);
    expect(new Set(got)).toEqual(new Set(expected));
    expect(got.length).toBe(expected.length);
    if (q.sort) {
      const col: ListColumn = q.sort.column;
      const key = (id: string): string => {
        const r = list.get(id)!;
        const v = col === 'source' ? sourceLabel(r) : col === 'tags' ? r.tags.join(', ') : r[col];
        if (v === null) return 'null';
        return typeof v === 'string' ? foldText(v) : String(v);
      };
      expect(got.map(key)).toEqual(expected.map(key));
    } else {
      expect(got.map((id) => list.get(id)!.createdAt)).toEqual(expected.map((id) => list.get(id)!.createdAt));
    }
  }

  const columns: ListColumn[] = ['name', 'company', 'country', 'source', 'group', 'stage', 'score', 'temperature', 'engagementLevel', 'urgency', 'tags', 'lastActivityAt'];
  const notAssessedOrHot: EngagementFilterValue[] = ['not-assessed', 'HOT'];

  it('matches for typed-on, backspaced and filtered searches with every sort', () => {
    const searches = ['k', 'ka', 'kal', 'kalo', 'kal', 'ka mi', 'ka mi de', 'ré', 're', ''];
    for (const search of searches) {
      for (const column of columns) {
        for (const direction of ['asc', 'desc'] as const) sameResult(query({ search }, { column, direction }));
      }
      sameResult(query({ search }));
      sameResult(query({ search, countries: ['DE', 'SA'], tags: ['vip'] }));
      sameResult(query({ search, groups: ['nurturing'], sources: ['Events'] }, { column: 'score', direction: 'asc' }));
      sameResult(query({ search, temperatures: ['hot', 'cool'], owners: ['me'] }, { column: 'urgency', direction: 'desc' }));
      sameResult(query({ search, engagementLevels: notAssessedOrHot }, { column: 'engagementLevel', direction: 'asc' }));
    }
  });

  it('still matches after changes', () => {
    const updates = Array.from({ length: 40 }, (_, i) => makeRow(i * 7));
    const added = Array.from({ length: 10 }, (_, i) => makeRow(1000 + i));
    list.apply([...updates, ...added], ['r1', 'r2', 'r3']);
    for (const column of columns) sameResult(query({ search: 'a' }, { column, direction: 'desc' }));
    sameResult(query({ search: 'kal' }));
  });

  it('patched caches give exactly what a freshly built index gives', () => {
    const queries: ListQuery[] = [
      query({}),
      query({ search: 'ka' }, { column: 'name', direction: 'asc' }),
      query({ search: 'ka mi' }, { column: 'company', direction: 'desc' }),
      query({ countries: ['DE'] }, { column: 'score', direction: 'asc' }),
      query({ tags: ['vip'], search: 'a' }, { column: 'lastActivityAt', direction: 'desc' }),
      query({}, { column: 'tags', direction: 'asc' }),
      query({}, { column: 'source', direction: 'desc' }),
      query({ temperatures: ['warm'], engagementLevels: ['not-assessed', 'COLD'] }, { column: 'temperature', direction: 'asc' }),
      query({ owners: ['colleague'], search: 'ka' }, { column: 'engagementLevel', direction: 'desc' }),
    ];
    for (let round = 0; round < 8; round++) {
      for (const q of queries) list.query(q);
      const updates = Array.from({ length: 30 }, () => ({ ...makeRow(Math.floor(next() * 600)), createdAt: Math.floor(next() * 5) }));
      const removed = Array.from({ length: 5 }, () => `r${Math.floor(next() * 600)}`);
      list.apply([...updates, makeRow(2000 + round)], removed);
      const fresh = new LeadListIndex();
      fresh.replaceAll(list.allRows());
      for (const q of queries) expect(ids(list.query(q))).toEqual(ids(fresh.query(q)));
      expect(list.facets()).toEqual(fresh.facets());
    }
  });
});

describe('search texts built after the first rows', () => {
  it('finds the same rows whether the texts were prepared in slices, fully, or not at all', () => {
    const rows = Array.from({ length: 50 }, (_, i) => row(`r${i}`, { name: i % 7 === 0 ? `Ahmed ${i}` : `Buyer ${i}`, createdAt: i }));
    const lazy = new LeadListIndex();
    lazy.replaceAll(rows);
    const sliced = new LeadListIndex();
    sliced.replaceAll(rows);
    expect(sliced.prepareSearch(20)).toBe(false);
    expect(sliced.prepareSearch(20)).toBe(false);
    expect(sliced.prepareSearch(20)).toBe(true);
    const expected = ids(rows.filter((r) => r.name.startsWith('Ahmed')).reverse());
    expect(ids(lazy.query(query({ search: 'ahmed' })))).toEqual(expected);
    expect(ids(sliced.query(query({ search: 'ahmed' })))).toEqual(expected);
  });

  it('sees changes made to rows before and after the prepared part', () => {
    const index = new LeadListIndex();
    index.replaceAll(Array.from({ length: 10 }, (_, i) => row(`r${i}`, { name: `Buyer ${i}`, createdAt: i })));
    index.prepareSearch(3);
    index.apply([row('r1', { name: 'Zainab early', createdAt: 1 }), row('r8', { name: 'Zainab late', createdAt: 8 }), row('new', { name: 'Zainab new', createdAt: 20 })], ['r2']);
    expect(ids(index.query(query({ search: 'zainab' })))).toEqual(['new', 'r8', 'r1']);
    expect(ids(index.query(query({ search: 'buyer 2' })))).toEqual([]);
  });
});
