import { describe, expect, it } from 'vitest';
import { scanDuplicates, scanDuplicatesNow, type DuplicateScanRow } from './scanDuplicates';

function row(id: string, fields: Partial<DuplicateScanRow> = {}): DuplicateScanRow {
  return { id, name: '', email: '', phone: '', company: '', ...fields };
}

describe('scanDuplicates', () => {
  it('links leads with the same email, whatever the case', () => {
    const { links } = scanDuplicatesNow([row('a', { email: 'Ana@Acme.com' }), row('b', { email: ' ana@acme.com' }), row('c', { email: 'other@acme.com' })]);
    expect(links).toEqual([{ kind: 'email', leadIds: ['a', 'b'], value: 'ana@acme.com', similarity: 1 }]);
  });

  it('links leads with the same phone once normalised to E.164', () => {
    const { links } = scanDuplicatesNow([row('a', { phone: '+971501234567' }), row('b', { phone: '050 123 4567' }), row('c', { phone: '+971509999999' })], { defaultCountry: 'AE' });
    expect(links).toEqual([{ kind: 'phone', leadIds: ['a', 'b'], value: '+971501234567', similarity: 1 }]);
  });

  it('links the same name at the same company, legal form, honorific and word order aside', () => {
    const { links } = scanDuplicatesNow([
      row('a', { name: 'Eng. Ahmed Ali', company: 'Gulf Power L.L.C.' }),
      row('b', { name: 'Ali Ahmed', company: 'gulf power' }),
      row('c', { name: 'Ahmed Ali', company: 'Desert Water' }),
    ]);
    expect(links).toEqual([{ kind: 'name-company', leadIds: ['a', 'b'], value: '', similarity: 1 }]);
  });

  it('links similar names at the same company, with how alike they are', () => {
    const { links } = scanDuplicatesNow([row('a', { name: 'Ahmed Ali', company: 'Gulf Power' }), row('b', { name: 'Ahmad Ali', company: 'Gulf Power LLC' }), row('c', { name: 'Omar Khalil', company: 'Gulf Power' })]);
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ kind: 'similar-name', leadIds: ['a', 'b'] });
    expect(links[0]?.similarity).toBeCloseTo(0.875, 3);
  });

  it('links the same name at similar companies', () => {
    const { links } = scanDuplicatesNow([row('a', { name: 'Jonas Weber', company: 'Rhein Pumpen GmbH' }), row('b', { name: 'Jonas Weber', company: 'Rhein-Pumpe' })]);
    expect(links).toEqual([expect.objectContaining({ kind: 'similar-company', leadIds: ['a', 'b'] })]);
  });

  it('never matches blanks with blanks, nor a name without a company', () => {
    const { links } = scanDuplicatesNow([row('a'), row('b'), row('c', { name: 'Ahmed Ali' }), row('d', { name: 'Ahmed Ali' }), row('e', { email: 'not an address' }), row('f', { email: 'not an address' })]);
    expect(links).toEqual([]);
  });

  it('reports a key shared by too many leads as crowded instead of one buyer', () => {
    const rows = Array.from({ length: 6 }, (_, i) => row(`l${i}`, { email: 'info@acme.com' }));
    const result = scanDuplicatesNow(rows, { maxShare: 5 });
    expect(result.links).toEqual([]);
    expect(result.crowded).toEqual([{ kind: 'email', value: 'info@acme.com', count: 6 }]);
  });

  it('compares only sorted neighbours in a big company, and still finds the typo', () => {
    const rows = Array.from({ length: 200 }, (_, i) => row(`l${i}`, { name: `Person${i.toString().padStart(3, '0')} Zed`, company: 'Big Co' }));
    rows.push(row('typo', { name: 'Person042 Zedd', company: 'Big Co' }));
    const { links } = scanDuplicatesNow(rows, { compareAllUpTo: 10, window: 3, nameThreshold: 0.9 });
    expect(links.some((link) => link.leadIds.includes('typo') && link.leadIds.includes('l42'))).toBe(true);
  });

  it('yields progress in slices and returns the same result as a run at once', () => {
    const rows = Array.from({ length: 2_500 }, (_, i) => row(`l${i}`, { email: `b${i % 1_000}@x.com`, name: `Buyer ${i}`, company: `Co ${i % 7}` }));
    const scan = scanDuplicates(rows, { sliceSize: 500 });
    const progress = [];
    let step = scan.next();
    while (!step.done) {
      progress.push(step.value);
      step = scan.next();
    }
    expect(progress[0]).toEqual({ phase: 'reading', done: 500, total: 2_500 });
    expect(progress.some((p) => p.phase === 'comparing')).toBe(true);
    expect(step.value).toEqual(scanDuplicatesNow(rows, { sliceSize: 500 }));
    expect(step.value.links.filter((link) => link.kind === 'email')).toHaveLength(1_000);
    expect(step.value.scanned).toBe(2_500);
  });

  it('handles no rows', () => {
    expect(scanDuplicatesNow([])).toEqual({ links: [], crowded: [], scanned: 0 });
  });
});
