import { describe, expect, it } from 'vitest';
import { decodeRowColumns, encodeRowColumns, encodeRowColumnsStepwise } from './rowColumns';
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
    temperature: 'hot',
    engagementLevel: 'WARM',
    urgency: 7.5,
    ownerId: 'seller-1',
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
    temperature: 'cold',
    engagementLevel: null,
    urgency: 0,
    ownerId: '',
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

  it('round-trips no rows', () => {
    expect(decodeRowColumns(structuredClone(encodeRowColumns([])))).toEqual([]);
  });

  it('drops separator characters from the display copy instead of corrupting the columns', () => {
    const odd: ListRow = { ...(rows[0] as ListRow), name: 'A\u001eB', tags: ['x\u001fy'] };
    const decoded = decodeRowColumns(structuredClone(encodeRowColumns([odd, rows[1] as ListRow])));
    expect(decoded?.[0]).toMatchObject({ name: 'AB', tags: ['xy'] });
    expect(decoded?.[1]).toEqual(rows[1]);
  });

  it('refuses the format-2 layout written before temperature, engagement, urgency and owner were listed', () => {
    const encoded = encodeRowColumns(rows);
    const { temperature: _t, engagementLevel: _e, ownerId: _o, ...formerText } = encoded.text;
    const { urgency: _u, ...formerColumns } = encoded;
    expect(decodeRowColumns({ ...formerColumns, format: 2, text: formerText })).toBeNull();
    // Even with the new columns present, a record that says format 2 is not read.
    expect(decodeRowColumns({ ...encoded, format: 2 })).toBeNull();
  });

  it('refuses anything else', () => {
    const encoded = encodeRowColumns(rows);
    expect(decodeRowColumns(null)).toBeNull();
    expect(decodeRowColumns({ ...encoded, format: 1 })).toBeNull();
    expect(decodeRowColumns({ ...encoded, text: { ...encoded.text, temperature: 'hot\u001esizzling' } })).toBeNull();
    expect(decodeRowColumns({ ...encoded, text: { ...encoded.text, engagementLevel: 'WARM\u001ewarm' } })).toBeNull();
    expect(decodeRowColumns({ ...encoded, urgency: new Float64Array([1, Number.NaN]) })).toBeNull();
    const { urgency: _dropped, ...withoutUrgency } = encoded;
    expect(decodeRowColumns(withoutUrgency)).toBeNull();
    expect(decodeRowColumns({ ...encoded, count: 3 })).toBeNull();
    expect(decodeRowColumns({ ...encoded, count: -1 })).toBeNull();
    expect(decodeRowColumns({ ...encoded, text: { ...encoded.text, name: 'only one' } })).toBeNull();
    expect(decodeRowColumns({ ...encoded, text: { ...encoded.text, id: '\u001eb' } })).toBeNull();
    expect(decodeRowColumns({ ...encoded, score: [1, 2] })).toBeNull();
    expect(decodeRowColumns({ ...encoded, score: new Float64Array([1, Number.NaN]) })).toBeNull();
    expect(decodeRowColumns({ ...encoded, createdAt: new Float64Array([1]) })).toBeNull();
    const withoutTags: Record<string, string> = { ...encoded.text };
    delete withoutTags.tags;
    expect(decodeRowColumns({ ...encoded, text: withoutTags })).toBeNull();
  });
});

describe('encodeRowColumnsStepwise', () => {
  it('yields between columns and ends with what encodeRowColumns gives', () => {
    const many = Array.from({ length: 50 }, (_, i) => ({ ...(rows[i % rows.length] as ListRow), id: `r${i}` }));
    const steps = encodeRowColumnsStepwise(many);
    let yields = 0;
    for (;;) {
      const step = steps.next();
      if (step.done === true) {
        expect(step.value).toEqual(encodeRowColumns(many));
        break;
      }
      yields += 1;
    }
    expect(yields).toBe(Object.keys(encodeRowColumns(many).text).length);
  });
});
