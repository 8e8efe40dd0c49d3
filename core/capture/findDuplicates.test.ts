import { describe, expect, it } from 'vitest';
import { generateDemoLeads } from '../demo/generateDemoLeads';
import { DuplicateIndex, findDuplicates, type DuplicateRow } from './findDuplicates';

const rows: DuplicateRow[] = [
  { id: 'lead-1', name: 'Ahmed Al-Mansouri', email: 'ahmed@gulfpower.ae', phone: '+971501234567', companyName: 'Gulf Power LLC' },
  { id: 'lead-2', name: 'Maria Schmidt', email: 'm.schmidt@rhein-energie.de', phone: '+4915112345678', companyName: 'Rhein Energie GmbH' },
  { id: 'lead-3', name: 'Wang Wei', email: '', phone: '', companyName: 'Sino Power Co., Ltd.' },
  { id: 'lead-4', name: 'Front Desk', email: 'info@gulfpower.ae', phone: '+97141234567', companyName: 'Gulf Power LLC' },
  { id: 'lead-5', name: 'Reception', email: 'INFO@gulfpower.ae', phone: '+97141234567', companyName: '' },
];

describe('DuplicateIndex', () => {
  it('finds the same email whatever its case', () => {
    const index = new DuplicateIndex(rows);
    expect(index.find({ email: ' Ahmed@GulfPower.AE ' })).toEqual([{ id: 'lead-1', reasons: ['same email'] }]);
  });

  it('finds the same phone typed in national form', () => {
    const index = new DuplicateIndex(rows);
    expect(index.find({ phone: '050 123 4567' }, { defaultCountry: 'AE' })).toEqual([{ id: 'lead-1', reasons: ['same phone'] }]);
    expect(index.find({ phone: '0151 1234 5678' }, { defaultCountry: 'DE' })).toEqual([{ id: 'lead-2', reasons: ['same phone'] }]);
  });

  it('finds the same name at the same company despite case, spacing, punctuation and legal form', () => {
    const index = new DuplicateIndex(rows);
    expect(index.find({ name: 'ahmed  al mansouri', companyName: 'GULF POWER L.L.C.' })).toEqual([
      { id: 'lead-1', reasons: ['same name and company'] },
    ]);
    expect(index.find({ name: 'Wei Wang', companyName: 'Sino Power' })).toEqual([{ id: 'lead-3', reasons: ['same name and company'] }]);
  });

  it('does not match the same name at another company, or a name alone', () => {
    const index = new DuplicateIndex(rows);
    expect(index.find({ name: 'Ahmed Al-Mansouri', companyName: 'Desert Energy' })).toEqual([]);
    expect(index.find({ name: 'Ahmed Al-Mansouri' })).toEqual([]);
    expect(index.find({ companyName: 'Gulf Power' })).toEqual([]);
  });

  it('lists every reason of a match, strongest matches first', () => {
    const index = new DuplicateIndex(rows);
    const matches = index.find({ name: 'Front Desk', email: 'info@gulfpower.ae', phone: '+971 4 123 4567', companyName: 'Gulf Power' });
    expect(matches).toEqual([
      { id: 'lead-4', reasons: ['same email', 'same phone', 'same name and company'] },
      { id: 'lead-5', reasons: ['same email', 'same phone'] },
    ]);
  });

  it('never matches on blanks', () => {
    const index = new DuplicateIndex(rows);
    expect(index.find({})).toEqual([]);
    expect(index.find({ name: '', email: '', phone: '', companyName: '' })).toEqual([]);
    expect(index.find({ email: 'not an email', phone: 'n/a' })).toEqual([]);
  });

  it('leaves out the lead being edited and honours the limit', () => {
    const index = new DuplicateIndex(rows);
    expect(index.find({ email: 'info@gulfpower.ae' }, { excludeId: 'lead-4' })).toEqual([{ id: 'lead-5', reasons: ['same email'] }]);
    expect(index.find({ email: 'info@gulfpower.ae' }, { limit: 1 })).toHaveLength(1);
    expect(index.find({ email: 'info@gulfpower.ae' }, { limit: 0 })).toEqual([]);
  });

  it('adds, updates and removes leads', () => {
    const index = new DuplicateIndex(rows);
    expect(index.size).toBe(5);
    index.add({ id: 'lead-9', name: 'New', email: 'new@x.com', phone: '', companyName: '' });
    expect(index.has('lead-9')).toBe(true);
    expect(index.find({ email: 'new@x.com' })).toEqual([{ id: 'lead-9', reasons: ['same email'] }]);

    index.update({ id: 'lead-9', name: 'New', email: 'changed@x.com', phone: '', companyName: '' });
    expect(index.find({ email: 'new@x.com' })).toEqual([]);
    expect(index.find({ email: 'changed@x.com' })).toEqual([{ id: 'lead-9', reasons: ['same email'] }]);
    expect(index.size).toBe(6);

    expect(index.remove('lead-9')).toBe(true);
    expect(index.remove('lead-9')).toBe(false);
    expect(index.find({ email: 'changed@x.com' })).toEqual([]);

    // Removing one of two leads sharing a key keeps the other findable.
    index.remove('lead-4');
    expect(index.find({ email: 'info@gulfpower.ae' })).toEqual([{ id: 'lead-5', reasons: ['same email'] }]);
    index.remove('lead-5');
    expect(index.find({ email: 'info@gulfpower.ae' })).toEqual([]);
    expect(index.size).toBe(3);
  });

  it('adding the same lead twice does not list it twice', () => {
    const index = new DuplicateIndex();
    const row = rows[0];
    if (!row) throw new Error('fixture missing');
    index.add(row);
    index.add(row);
    expect(index.size).toBe(1);
    expect(index.find({ email: row.email })).toEqual([{ id: row.id, reasons: ['same email'] }]);
  });

  it('reads stored phones that are not E.164 with its own default country', () => {
    const index = new DuplicateIndex([{ id: 'x', name: '', email: '', phone: '050 123 4567', companyName: '' }], 'AE');
    expect(index.find({ phone: '+971501234567' })).toEqual([{ id: 'x', reasons: ['same phone'] }]);
  });
});

describe('findDuplicates with 100,000 leads', () => {
  it('builds quickly and finds a lead by each key', () => {
    const leads = generateDemoLeads({ count: 100_000, seed: 7, now: 1_760_000_000_000, ownerId: 'seller-1', teamId: 'team-1' });
    // CPU time of this process, so other busy processes do not make the test flaky.
    const before = process.cpuUsage();
    const index = DuplicateIndex.fromLeads(leads);
    const used = process.cpuUsage(before);
    expect(index.size).toBe(100_000);
    expect((used.user + used.system) / 1000).toBeLessThan(3000);

    const target = leads.slice(54_321).find((lead) => lead.email !== '' && lead.phone !== '' && lead.name !== '');
    if (!target) throw new Error('lead missing');
    const lookupsBefore = process.cpuUsage();
    const byEmail = findDuplicates({ email: target.email.toUpperCase() }, index);
    const byPhone = findDuplicates({ phone: target.phone }, index);
    const byName = findDuplicates({ name: target.name.toLowerCase(), companyName: target.company.name }, index);
    const lookupsUsed = process.cpuUsage(lookupsBefore);
    expect((lookupsUsed.user + lookupsUsed.system) / 1000).toBeLessThan(50);
    expect(byEmail.map((match) => match.id)).toContain(target.id);
    expect(byPhone.map((match) => match.id)).toContain(target.id);
    expect(byName.map((match) => match.id)).toContain(target.id);
  });
});
