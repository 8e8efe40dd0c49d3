import { describe, expect, it } from 'vitest';
import { lead, type Lead, type LeadInput } from '../model/lead';
import { checkMerge, mergeLeads, previewMerge } from './mergeLeads';

const base = { ownerId: 'u1', teamId: 't1', createdAt: 1_000, updatedAt: 1_000 };
const make = (id: string, fields: Partial<LeadInput> = {}): Lead => lead.parse({ ...base, id, ...fields });

const survivor = make('a', {
  name: 'Ahmed Ali',
  email: 'ahmed@gulfpower.ae',
  phone: '',
  company: { name: 'Gulf Power' },
  group: 'untouched',
  tags: ['vip', 'adipec'],
  counters: { quoteRequests: 1, emailsSent: 2 },
  lastInterestAt: 5_000,
  lastActivityAt: 9_000,
  lastEventAt: { quote_request: 5_000 },
  ruleRuns: { r1: { count: 1, firstAt: 100, lastAt: 100, version: 1 } },
  customFields: { po: 'PO-1' },
  platformFacts: { buyerType: 'distributor' },
});
const other = make('b', {
  name: 'Ahmad Ali',
  email: 'ahmed@gulfpower.ae',
  phone: '+971501234567',
  company: { name: 'Gulf Power LLC', website: 'gulfpower.ae' },
  group: 'qualified',
  tags: ['adipec', 'pumps'],
  counters: { quoteRequests: 2, calls: 1 },
  lastInterestAt: 7_000,
  lastActivityAt: 8_000,
  lastEventAt: { quote_request: 7_000, call: 6_000 },
  consent: { unsubscribed: true },
  ruleRuns: { r1: { count: 2, firstAt: 50, lastAt: 300, version: 2 }, r2: { count: 1, firstAt: 10, lastAt: 10, version: 1 } },
  customFields: { po: 'PO-2', size: 'L' },
  platformFacts: { buyerType: 'end user', visits: 3 },
});

describe('checkMerge', () => {
  it('puts the survivor first', () => {
    const checked = checkMerge([other, survivor], 'a');
    expect(checked.ok && checked.value.map((l) => l.id)).toEqual(['a', 'b']);
  });

  it('refuses one lead, a lead twice, a survivor outside the merge and too many leads', () => {
    expect(checkMerge([survivor], 'a')).toEqual({ ok: false, error: 'Pick at least two leads to merge' });
    expect(checkMerge([survivor, survivor], 'a')).toEqual({ ok: false, error: 'A lead is named twice in the merge' });
    expect(checkMerge([survivor, other], 'c')).toEqual({ ok: false, error: 'The lead to keep must be one of the leads merged' });
    const many = Array.from({ length: 51 }, (_, i) => make(`l${i}`));
    expect(checkMerge(many, 'l0').ok).toBe(false);
  });
});

describe('previewMerge', () => {
  it('asks about fields with different values, defaulting to the survivor, and lists what other leads fill', () => {
    const preview = previewMerge([survivor, other], 'a');
    if (!preview.ok) throw new Error(preview.error);
    expect(preview.value.choices.map((c) => c.id)).toEqual(['name', 'company.name', 'customFields.po']);
    expect(preview.value.choices[0]).toEqual({
      id: 'name',
      label: 'Name',
      options: [
        { leadId: 'a', value: 'Ahmed Ali' },
        { leadId: 'b', value: 'Ahmad Ali' },
      ],
      defaultLeadId: 'a',
    });
    // Untouched is where every lead starts: the qualified group fills it without a question.
    expect(preview.value.filled.map((f) => [f.id, f.value, f.leadId])).toEqual([
      ['phone', '+971501234567', 'b'],
      ['company.website', 'gulfpower.ae', 'b'],
      ['group', 'qualified', 'b'],
      ['customFields.size', 'L', 'b'],
    ]);
  });

  it('has nothing to ask for identical leads', () => {
    const preview = previewMerge([make('x', { name: 'Same' }), make('y', { name: 'Same' })], 'y');
    expect(preview).toEqual({ ok: true, value: { choices: [], filled: [] } });
  });
});

describe('mergeLeads', () => {
  it('keeps the survivor’s values by default and fills its empty fields', () => {
    const merged = mergeLeads([survivor, other], 'a', {}, 20_000);
    if (!merged.ok) throw new Error(merged.error);
    expect(merged.value).toMatchObject({
      id: 'a',
      name: 'Ahmed Ali',
      phone: '+971501234567',
      company: { name: 'Gulf Power', website: 'gulfpower.ae' },
      group: 'qualified',
      customFields: { po: 'PO-1', size: 'L' },
      updatedAt: 20_000,
      ownerId: 'u1',
    });
  });

  it('takes a picked value from the lead chosen', () => {
    const merged = mergeLeads([survivor, other], 'a', { name: 'b', 'customFields.po': 'b', group: 'a' }, 20_000);
    if (!merged.ok) throw new Error(merged.error);
    expect(merged.value).toMatchObject({ name: 'Ahmad Ali', customFields: { po: 'PO-2', size: 'L' }, group: 'untouched' });
  });

  it('unites tags, sums counters, keeps the latest times and combines rule runs and facts', () => {
    const merged = mergeLeads([survivor, other], 'a', {}, 20_000);
    if (!merged.ok) throw new Error(merged.error);
    expect(merged.value.tags).toEqual(['vip', 'adipec', 'pumps']);
    expect(merged.value.counters).toMatchObject({ quoteRequests: 3, emailsSent: 2, calls: 1, chats: 0 });
    expect(merged.value.lastInterestAt).toBe(7_000);
    expect(merged.value.lastActivityAt).toBe(9_000);
    expect(merged.value.lastEventAt).toEqual({ quote_request: 7_000, call: 6_000 });
    expect(merged.value.ruleRuns).toEqual({ r1: { count: 3, firstAt: 50, lastAt: 300, version: 2 }, r2: { count: 1, firstAt: 10, lastAt: 10, version: 1 } });
    expect(merged.value.platformFacts).toEqual({ buyerType: 'distributor', visits: 3 });
  });

  it('keeps an unsubscribed buyer unsubscribed and never opted in', () => {
    const optedIn = make('c', { email: 'x@y.com', consent: { marketingOptIn: true } });
    const merged = mergeLeads([optedIn, other], 'c', { email: 'c' }, 20_000);
    if (!merged.ok) throw new Error(merged.error);
    expect(merged.value.consent).toEqual({ unsubscribed: true, bounced: false, marketingOptIn: false });
  });

  it('takes bounced with the email it belongs to', () => {
    const bounced = make('c', { email: 'old@y.com', consent: { bounced: true } });
    const fresh = make('d', { email: 'new@y.com' });
    const kept = mergeLeads([bounced, fresh], 'c', { email: 'd' }, 1);
    expect(kept.ok && kept.value.consent.bounced).toBe(false);
    const old = mergeLeads([bounced, fresh], 'c', {}, 1);
    expect(old.ok && old.value.consent.bounced).toBe(true);
  });

  it('removes a custom field when the empty side is picked', () => {
    const merged = mergeLeads([survivor, other], 'b', { 'customFields.size': 'a' }, 1);
    expect(merged.ok && merged.value.customFields).toEqual({ po: 'PO-2' });
  });

  it('refuses unknown fields and leads outside the merge', () => {
    expect(mergeLeads([survivor, other], 'a', { shoeSize: 'a' }, 1)).toEqual({ ok: false, error: 'There is no field “shoeSize” to pick' });
    expect(mergeLeads([survivor, other], 'a', { name: 'z' }, 1).ok).toBe(false);
  });

  it('gives a lead the model accepts', () => {
    const merged = mergeLeads([survivor, other], 'b', { name: 'a' }, 20_000);
    if (!merged.ok) throw new Error(merged.error);
    expect(lead.parse(merged.value)).toEqual(merged.value);
  });
});
