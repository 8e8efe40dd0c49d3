import { describe, expect, it } from 'vitest';
import { decodeRowColumns, encodeRowColumns } from './rowColumns';
import type { ListRow } from './types';

const rows: ListRow[] = [
  {
    id: 'a',
    name: 'Ann',
    email: 'ann@x.example',
    phone: '',
    company: 'X',
    country: 'AE',
    sourceCategory: 'Online Channels',
    sourceChannel: 'Website',
    group: 'nurturing',
    stage: 'initial-contact',
    score: 71.5,
    tags: ['vip', 'oil & gas'],
    lastActivityAt: 1_700_000_000_000,
    createdAt: 1_600_000_000_000,
  },
  {
    id: 'b',
    name: '',
    email: '',
    phone: '+1 555',
    company: '',
    country: '',
    sourceCategory: '',
    sourceChannel: '',
    group: 'untouched',
    stage: 'unknown',
    score: 0,
    tags: [],
    lastActivityAt: null,
    createdAt: 0,
  },
];

describe('row columns', () => {
  it('round-trips rows', () => {
    const encoded = encodeRowColumns(rows);
    expect(decodeRowColumns(structuredClone(encoded))).toEqual(rows);
  });

  it('refuses anything else', () => {
    const encoded = encodeRowColumns(rows);
    expect(decodeRowColumns(null)).toBeNull();
    expect(decodeRowColumns({ ...encoded, format: 2 })).toBeNull();
    expect(decodeRowColumns({ ...encoded, name: ['only one'] })).toBeNull();
    expect(decodeRowColumns({ ...encoded, score: [1, 'x'] })).toBeNull();
    expect(decodeRowColumns({ ...encoded, createdAt: [1, Number.NaN] })).toBeNull();
    expect(decodeRowColumns({ ...encoded, id: ['a', 'a'] })).toBeNull();
    const withoutTags: Record<string, unknown> = { ...encoded };
    delete withoutTags.tags;
    expect(decodeRowColumns(withoutTags)).toBeNull();
  });
});
