import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { replicatedCollections } from '../protocol';
import { mergeDocuments, valuesEqual, type SyncDocument } from './mergeDocuments';

/** Lead-shaped documents with the fields that have their own rules, plus free JSON elsewhere. */
const leafValue = fc.oneof(fc.string({ maxLength: 6 }), fc.integer({ min: 0, max: 50 }), fc.boolean(), fc.constant(null));
const jsonValue = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leafValue, fc.array(tie('value'), { maxLength: 3 }), fc.dictionary(fc.constantFrom('a', 'b', 'c'), tie('value'), { maxKeys: 3 })),
})).value;

const leadLike = fc.record(
  {
    id: fc.constant('lead-1'),
    name: fc.string({ maxLength: 8 }),
    phone: fc.string({ maxLength: 8 }),
    company: fc.record({ name: fc.string({ maxLength: 6 }), website: fc.string({ maxLength: 6 }) }, { requiredKeys: [] }),
    tags: fc.uniqueArray(fc.constantFrom('solar', 'vip', 'pumps', 'gcc', 'hot'), { maxLength: 5 }),
    counters: fc.record({ calls: fc.nat(20), emailsOpened: fc.nat(20) }),
    lastActivityAt: fc.option(fc.nat(10_000), { nil: null }),
    customFields: fc.dictionary(fc.constantFrom('Budget', 'Region', 'a.b'), leafValue, { maxKeys: 3 }),
    score: fc.nat(100),
    extra: jsonValue,
    _deleted: fc.boolean(),
  },
  { requiredKeys: ['id', '_deleted'] },
);

const collection = fc.constantFrom(...replicatedCollections);
/** Events are immutable: the platform's copy always stands, so "mine stands" holds for the others. */
const editableCollection = fc.constantFrom(...replicatedCollections.filter((name) => name !== 'events'));
const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
};
const clone = <T>(value: T): T => structuredClone(value);

describe('mergeDocuments properties', () => {
  it('is deterministic: the same inputs give the same merge and conflicts', () => {
    fc.assert(
      fc.property(collection, fc.option(leadLike, { nil: null }), leadLike, leadLike, (name, base, mine, theirs) => {
        const first = mergeDocuments(name, base, mine, theirs);
        const second = mergeDocuments(name, clone(base), clone(mine), clone(theirs));
        expect(second).toEqual(first);
      }),
    );
  });

  it('merge(base, base, theirs) = theirs: nothing changed here, the platform’s state stands', () => {
    fc.assert(
      fc.property(collection, leadLike, leadLike, (name, base, theirs) => {
        const { merged, conflicts } = mergeDocuments(name, base, clone(base), theirs);
        expect(valuesEqual(merged, theirs)).toBe(true);
        expect(conflicts).toEqual([]);
      }),
    );
  });

  it('merge(base, mine, base) = mine: nothing changed on the platform, this device’s state stands', () => {
    fc.assert(
      fc.property(editableCollection, leadLike, leadLike, (name, base, mine) => {
        const { merged, conflicts } = mergeDocuments(name, base, mine, clone(base));
        expect(valuesEqual(merged, mine)).toBe(true);
        expect(conflicts).toEqual([]);
      }),
    );
  });

  it('merge(base, x, x) = x', () => {
    fc.assert(
      fc.property(collection, fc.option(leadLike, { nil: null }), leadLike, (name, base, same) => {
        const { merged, conflicts } = mergeDocuments(name, base, same, clone(same));
        expect(valuesEqual(merged, same)).toBe(true);
        expect(conflicts).toEqual([]);
      }),
    );
  });

  it('keeps edits to disjoint fields from both sides, without conflicts', () => {
    const fields = ['name', 'phone', 'extra', 'score', 'lastActivityAt'] as const;
    fc.assert(
      fc.property(
        leadLike.filter((doc) => !doc._deleted),
        fc.subarray([...fields]),
        fc.array(jsonValue, { minLength: 5, maxLength: 5 }),
        fc.array(jsonValue, { minLength: 5, maxLength: 5 }),
        (base, mineFields, mineValues, theirsValues) => {
          const mine: Record<string, unknown> = { ...base };
          const theirs: Record<string, unknown> = { ...base };
          fields.forEach((field, i) => {
            if (mineFields.includes(field)) mine[field] = mineValues[i];
            else theirs[field] = theirsValues[i];
          });
          const { merged, conflicts } = mergeDocuments('notes', base, mine, theirs);
          for (const field of fields) {
            expect(valuesEqual(merged[field], mineFields.includes(field) ? mine[field] : theirs[field])).toBe(true);
          }
          expect(conflicts).toEqual([]);
        },
      ),
    );
  });

  it('never changes its inputs and shares no objects with them', () => {
    fc.assert(
      fc.property(collection, fc.option(leadLike, { nil: null }), leadLike, leadLike, (name, base, mine, theirs) => {
        const frozen = deepFreeze({ base: clone(base), mine: clone(mine), theirs: clone(theirs) });
        const { merged } = mergeDocuments(name, frozen.base, frozen.mine, frozen.theirs);
        expect(frozen).toEqual({ base, mine, theirs });
        const inputs = new Set<unknown>([frozen.base, frozen.mine, frozen.theirs].flatMap((doc) => (doc ? Object.values(doc) : [])).filter((v) => typeof v === 'object' && v !== null));
        for (const value of Object.values(merged)) if (typeof value === 'object' && value !== null) expect(inputs.has(value)).toBe(false);
      }),
    );
  });

  it('lists exactly the fields where the merged value is not this device’s, for leads', () => {
    fc.assert(
      fc.property(leadLike, leadLike, leadLike, (base, mine, theirs) => {
        const { merged, conflicts } = mergeDocuments('leads', base, mine, theirs);
        expect(typeof merged._deleted).toBe('boolean');
        for (const conflict of conflicts) {
          expect(conflict.mine).not.toEqual(conflict.theirs);
          if (conflict.chosen === 'theirs' && conflict.path !== '_deleted') {
            const value = conflict.segments.reduce<unknown>((at, key) => (typeof at === 'object' && at !== null ? (at as Record<string, unknown>)[key] : undefined), merged);
            expect(valuesEqual(value, conflict.theirs)).toBe(true);
          }
        }
      }),
    );
  });

  it('counts both sides’ counter increments when they differ', () => {
    fc.assert(
      fc.property(fc.nat(100), fc.nat(20), fc.nat(20), (start, plusMine, plusTheirs) => {
        fc.pre(plusMine !== plusTheirs);
        const doc = (calls: number): SyncDocument => ({ id: 'l', counters: { calls }, _deleted: false });
        const { merged } = mergeDocuments('leads', doc(start), doc(start + plusMine), doc(start + plusTheirs));
        expect((merged.counters as { calls: number }).calls).toBe(start + plusMine + plusTheirs);
      }),
    );
  });
});
