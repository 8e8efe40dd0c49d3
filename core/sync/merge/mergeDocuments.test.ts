import { describe, expect, it } from 'vitest';
import { lead as leadSchema, type Lead } from '../../model/lead';
import { configDocument } from '../../model/config';
import { email as emailSchema } from '../../model/email';
import { mergeDocuments, type SyncDocument } from './mergeDocuments';

const baseLead: Lead = leadSchema.parse({
  id: 'lead-1',
  ownerId: 'omar',
  teamId: 'team-gulf',
  createdAt: 1000,
  updatedAt: 1000,
  name: 'Aisha Khan',
  email: 'aisha@example.com',
  company: { name: 'Desert Solar', website: 'desertsolar.example' },
  tags: ['solar', 'trade-show'],
  counters: { emailsOpened: 2, pageViews: 5 },
  lastEventAt: { email_opened: 900, page_view: 800 },
  ruleRuns: { 'rule-a': { count: 1, firstAt: 500, lastAt: 500, version: 1 } },
  customFields: { Budget: 'unknown' },
  score: 40,
});

const doc = (value: object, deleted = false): SyncDocument => ({ ...value, _deleted: deleted });
const edit = (changes: Partial<Lead>, deleted = false): SyncDocument => doc({ ...baseLead, ...changes }, deleted);

describe('mergeDocuments: leads', () => {
  it('keeps edits to different fields from both sides', () => {
    const { merged, conflicts } = mergeDocuments('leads', doc(baseLead), edit({ jobTitle: 'CTO', updatedAt: 2000 }), edit({ phone: '+971 4 555 0100', updatedAt: 1500 }));
    expect(merged.jobTitle).toBe('CTO');
    expect(merged.phone).toBe('+971 4 555 0100');
    expect(merged.updatedAt).toBe(2000);
    expect(merged._deleted).toBe(false);
    expect(conflicts).toEqual([]);
  });

  it('merges nested objects key by key: company.name here, company.website there', () => {
    const { merged, conflicts } = mergeDocuments(
      'leads',
      doc(baseLead),
      edit({ company: { ...baseLead.company, name: 'Desert Solar LLC' } }),
      edit({ company: { ...baseLead.company, website: 'desert-solar.example' } }),
    );
    expect(merged.company).toEqual({ ...baseLead.company, name: 'Desert Solar LLC', website: 'desert-solar.example' });
    expect(conflicts).toEqual([]);
  });

  it('gives the platform the same field changed on both sides and lists it with the nested path', () => {
    const { merged, conflicts } = mergeDocuments('leads', doc(baseLead), edit({ name: 'Aisha K.', company: { ...baseLead.company, name: 'Mine Ltd' } }), edit({ name: 'Aisha Khan-Said', company: { ...baseLead.company, name: 'Theirs Ltd' } }));
    expect(merged.name).toBe('Aisha Khan-Said');
    expect((merged.company as Lead['company']).name).toBe('Theirs Ltd');
    expect(conflicts).toEqual([
      { path: 'name', segments: ['name'], base: 'Aisha Khan', mine: 'Aisha K.', theirs: 'Aisha Khan-Said', chosen: 'theirs' },
      { path: 'company.name', segments: ['company', 'name'], base: 'Desert Solar', mine: 'Mine Ltd', theirs: 'Theirs Ltd', chosen: 'theirs' },
    ]);
  });

  it('adds both sides’ counter increments to the base', () => {
    const { merged, conflicts } = mergeDocuments(
      'leads',
      doc(baseLead),
      edit({ counters: { ...baseLead.counters, emailsOpened: 3, pageViews: 7 } }),
      edit({ counters: { ...baseLead.counters, emailsOpened: 4, calls: 1 } }),
    );
    expect(merged.counters).toEqual({ ...baseLead.counters, emailsOpened: 5, pageViews: 7, calls: 1 });
    expect(conflicts).toEqual([]);
  });

  it('takes a counter both sides agree on once: a push whose answer was lost comes back as the platform’s state', () => {
    const { merged } = mergeDocuments('leads', doc(baseLead), edit({ name: 'Later edit', counters: { ...baseLead.counters, calls: 1 } }), edit({ counters: { ...baseLead.counters, calls: 1 } }));
    expect((merged.counters as Lead['counters']).calls).toBe(1);
    expect(merged.name).toBe('Later edit');
  });

  it('merges tags as a set: added on either side kept, removed on either side removed', () => {
    const { merged, conflicts } = mergeDocuments('leads', doc(baseLead), edit({ tags: ['solar', 'vip'] }), edit({ tags: ['trade-show', 'solar', 'inverters'] }));
    expect(merged.tags).toEqual(['solar', 'inverters', 'vip']);
    expect(conflicts).toEqual([]);
  });

  it('takes the latest times and the rule run that counted more', () => {
    const { merged, conflicts } = mergeDocuments(
      'leads',
      doc(baseLead),
      edit({ lastActivityAt: 3000, lastInterestAt: 1200, lastEventAt: { email_opened: 3000, page_view: 800 }, ruleRuns: { 'rule-a': { count: 2, firstAt: 500, lastAt: 3000, version: 1 } } }),
      edit({ lastActivityAt: 2500, lastInterestAt: 2500, lastEventAt: { email_opened: 2500, page_view: 2600, call: 2400 }, ruleRuns: { 'rule-a': { count: 3, firstAt: 500, lastAt: 2500, version: 2 }, 'rule-b': { count: 1, firstAt: 2500, lastAt: 2500, version: 1 } } }),
    );
    expect(merged.lastActivityAt).toBe(3000);
    expect(merged.lastInterestAt).toBe(2500);
    expect(merged.lastEventAt).toEqual({ email_opened: 3000, page_view: 2600, call: 2400 });
    expect(merged.ruleRuns).toEqual({ 'rule-a': { count: 3, firstAt: 500, lastAt: 2500, version: 2 }, 'rule-b': { count: 1, firstAt: 2500, lastAt: 2500, version: 1 } });
    expect(conflicts).toEqual([]);
  });

  it('takes the platform’s derived fields without listing them (the app rescores)', () => {
    const { merged, conflicts } = mergeDocuments('leads', doc(baseLead), edit({ score: 55, temperature: 'warm', urgency: 3 }), edit({ score: 61, temperature: 'hot', urgency: 5 }));
    expect([merged.score, merged.temperature, merged.urgency]).toEqual([61, 'hot', 5]);
    expect(conflicts).toEqual([]);
  });

  it('merges custom fields by key, including one removed on a side and nulls', () => {
    const base = edit({ customFields: { Budget: 'unknown', Region: 'GCC', Rating: 3 } });
    const { merged, conflicts } = mergeDocuments('leads', base, edit({ customFields: { Budget: 'unknown', Region: 'GCC', Rating: null } }), edit({ customFields: { Budget: '50k', Rating: 3 } }));
    expect(merged.customFields).toEqual({ Budget: '50k', Rating: null });
    expect(conflicts).toEqual([]);
  });

  it('lists a custom field removed on one side and changed on the other, keeping the platform’s removal visible as undefined', () => {
    const base = edit({ customFields: { Budget: 'unknown' } });
    const { merged, conflicts } = mergeDocuments('leads', base, edit({ customFields: { Budget: '80k' } }), edit({ customFields: {} }));
    expect(merged.customFields).toEqual({});
    expect(conflicts).toEqual([{ path: 'customFields.Budget', segments: ['customFields', 'Budget'], base: 'unknown', mine: '80k', theirs: undefined, chosen: 'theirs' }]);
  });

  it('treats arrays other than tags as whole values', () => {
    const base = edit({ qualification: { ...baseLead.qualification, challenges: ['cost'] } });
    const { merged, conflicts } = mergeDocuments(
      'leads',
      base,
      edit({ qualification: { ...baseLead.qualification, challenges: ['cost', 'grid'] } }),
      edit({ qualification: { ...baseLead.qualification, challenges: ['permits'] } }),
    );
    expect((merged.qualification as Lead['qualification']).challenges).toEqual(['permits']);
    expect(conflicts.map((conflict) => conflict.path)).toEqual(['qualification.challenges']);
  });

  it('handles a field one side set from null and the other to another value (a null base value is still a base)', () => {
    const { merged, conflicts } = mergeDocuments('leads', doc(baseLead), edit({ nextFollowUpAt: 5000 }), edit({ nextFollowUpAt: 6000 }));
    expect(merged.nextFollowUpAt).toBe(6000);
    expect(conflicts).toEqual([{ path: 'nextFollowUpAt', segments: ['nextFollowUpAt'], base: null, mine: 5000, theirs: 6000, chosen: 'theirs' }]);
  });

  it('keeps a field the base lacked (older document) and added on one side only', () => {
    const { priority: _priority, ...older } = baseLead;
    const { merged, conflicts } = mergeDocuments('leads', doc(older), doc({ ...older, priority: 'high' }), doc(older));
    expect(merged.priority).toBe('high');
    expect(conflicts).toEqual([]);
  });
});

describe('mergeDocuments: deletion', () => {
  it('keeps a deletion when the other side only changed bookkeeping', () => {
    const { merged, conflicts } = mergeDocuments('leads', doc(baseLead), edit({ updatedAt: 2000 }, true), edit({ score: 70, updatedAt: 1800 }));
    expect(merged._deleted).toBe(true);
    expect(conflicts).toEqual([]);
  });

  it('keeps this device’s edit of a lead the platform deleted, undeleted and listed', () => {
    const { merged, conflicts } = mergeDocuments('leads', doc(baseLead), edit({ jobTitle: 'Buyer', updatedAt: 2000 }), edit({ updatedAt: 1500 }, true));
    expect(merged._deleted).toBe(false);
    expect(merged.jobTitle).toBe('Buyer');
    expect(conflicts).toEqual([{ path: '_deleted', segments: ['_deleted'], base: false, mine: false, theirs: true, chosen: 'mine' }]);
  });

  it('keeps the platform’s edit of a lead this device deleted, undeleted and listed', () => {
    const { merged, conflicts } = mergeDocuments('leads', doc(baseLead), edit({ updatedAt: 2000 }, true), edit({ phone: '+1 555 0100', updatedAt: 1500 }));
    expect(merged._deleted).toBe(false);
    expect(merged.phone).toBe('+1 555 0100');
    expect(conflicts).toEqual([{ path: '_deleted', segments: ['_deleted'], base: false, mine: true, theirs: false, chosen: 'theirs' }]);
  });

  it('does not list field differences of a document both sides deleted', () => {
    const { merged, conflicts } = mergeDocuments('leads', doc(baseLead), edit({ name: 'A' }, true), edit({ name: 'B' }, true));
    expect(merged._deleted).toBe(true);
    expect(conflicts).toEqual([]);
  });

  it('brings back a document restored on one side while the other left it deleted', () => {
    const { merged } = mergeDocuments('leads', edit({}, true), edit({ updatedAt: 3000 }, false), edit({}, true));
    expect(merged._deleted).toBe(false);
  });
});

describe('mergeDocuments: no base (a document this device never saw on the platform)', () => {
  it('merges two-way: equal fields agree, different ones take the platform’s and are listed', () => {
    const { merged, conflicts } = mergeDocuments('leads', null, edit({ jobTitle: 'CTO' }), edit({ jobTitle: 'CEO', phone: '+1' }));
    expect(merged.jobTitle).toBe('CEO');
    expect(merged.phone).toBe('+1');
    expect(conflicts.map((conflict) => conflict.path)).toEqual(['phone', 'jobTitle']);
  });

  it('keeps fields only one side has, takes the larger counter and the union of tags', () => {
    const { priority: _priority, ...withoutPriority } = baseLead;
    const { merged, conflicts } = mergeDocuments(
      'leads',
      null,
      doc({ ...baseLead, priority: 'low', tags: ['a', 'b'], counters: { ...baseLead.counters, calls: 2 } }),
      doc({ ...withoutPriority, tags: ['b', 'c'], counters: { ...baseLead.counters, calls: 1 } }),
    );
    expect(merged.priority).toBe('low');
    expect(merged.tags).toEqual(['b', 'c', 'a']);
    expect((merged.counters as Lead['counters']).calls).toBe(2);
    expect(conflicts).toEqual([]);
  });

  it('takes the platform’s deletion state when they differ and lists it', () => {
    const { merged, conflicts } = mergeDocuments('leads', null, doc(baseLead, false), doc(baseLead, true));
    expect(merged._deleted).toBe(true);
    expect(conflicts).toEqual([{ path: '_deleted', segments: ['_deleted'], base: undefined, mine: false, theirs: true, chosen: 'theirs' }]);
  });
});

describe('mergeDocuments: other collections', () => {
  const config = (data: Record<string, unknown>) => doc(configDocument.parse({ id: 'groups:default', kind: 'groups', key: 'default', ownerId: 'omar', teamId: 't', createdAt: 1, updatedAt: 1, data }));

  it('merges a config document’s data key by key, nested objects too', () => {
    const base = config({ hot: { label: 'Hot', minScore: 80 }, list: ['a'] });
    const { merged, conflicts } = mergeDocuments('config', base, config({ hot: { label: 'Very hot', minScore: 80 }, list: ['a'] }), config({ hot: { label: 'Hot', minScore: 85 }, list: ['a', 'b'] }));
    expect(merged.data).toEqual({ hot: { label: 'Very hot', minScore: 85 }, list: ['a', 'b'] });
    expect(conflicts).toEqual([]);
  });

  it('lists a config value changed on both sides by its path under data', () => {
    const { conflicts } = mergeDocuments('config', config({ hot: { minScore: 80 } }), config({ hot: { minScore: 75 } }), config({ hot: { minScore: 90 } }));
    expect(conflicts.map((conflict) => conflict.path)).toEqual(['data.hot.minScore']);
  });

  it('joins an email’s audit trail from both sides by time, once per (at, to, from)', () => {
    const actor = { kind: 'user' as const, id: 'omar' };
    const created = { from: null, to: 'draft' as const, at: 100, actor, note: '' };
    const base = doc(emailSchema.parse({ id: 'email-1', ownerId: 'omar', teamId: 't', createdAt: 100, updatedAt: 100, leadId: 'lead-1', kind: 'follow_up', origin: 'user', auditTrail: [created] }));
    const mine = { ...base, status: 'pending_approval', updatedAt: 300, auditTrail: [created, { from: 'draft', to: 'pending_approval', at: 300, actor, note: '' }] };
    const theirs = { ...base, subject: 'Quote', updatedAt: 200, auditTrail: [created, { from: 'draft', to: 'draft', at: 200, actor, note: 'edited' }] };
    const { merged, conflicts } = mergeDocuments('emails', base, mine, theirs);
    expect((merged.auditTrail as { at: number }[]).map((entry) => entry.at)).toEqual([100, 200, 300]);
    expect(merged.status).toBe('pending_approval');
    expect(merged.subject).toBe('Quote');
    expect(merged.updatedAt).toBe(300);
    expect(conflicts).toEqual([]);
  });

  it('keeps the platform’s copy of an event whole and lists nothing (events are immutable)', () => {
    const event = { id: 'e1', leadId: 'lead-1', type: 'call', at: 5, ownerId: 'o', teamId: 't', createdAt: 5, updatedAt: 5 };
    const { merged, conflicts } = mergeDocuments('events', doc(event), doc({ ...event, at: 6, note: 'x' }), doc(event));
    expect(merged).toEqual({ ...event, _deleted: false });
    expect(conflicts).toEqual([]);
  });

  it('leaves RxDB’s replication fields out of the result', () => {
    const { merged } = mergeDocuments('notes', null, { id: 'n', body: 'x', _deleted: false, _meta: { lwt: 1 }, _rev: '1-a', _attachments: {} }, { id: 'n', body: 'x', _deleted: false });
    expect(merged).toEqual({ id: 'n', body: 'x', _deleted: false });
  });

  it('does not recurse into plain objects without a rule (an approver stays one person)', () => {
    const base = doc({ id: 'e', approvedBy: { kind: 'user', id: 'maria', name: 'Maria' } });
    const { merged, conflicts } = mergeDocuments('emails', base, doc({ id: 'e', approvedBy: { kind: 'user', id: 'omar', name: 'Maria' } }), doc({ id: 'e', approvedBy: { kind: 'user', id: 'maria', name: 'Maria S.' } }));
    expect(merged.approvedBy).toEqual({ kind: 'user', id: 'maria', name: 'Maria S.' });
    expect(conflicts.map((conflict) => conflict.path)).toEqual(['approvedBy']);
  });

  it('falls back to the platform’s value when a field has the wrong shape for its rule', () => {
    const { merged, conflicts } = mergeDocuments('leads', doc({ id: 'l', tags: ['a'] }), doc({ id: 'l', tags: 'a,b' }), doc({ id: 'l', tags: ['a', 'c'] }));
    expect(merged.tags).toEqual(['a', 'c']);
    expect(conflicts.map((conflict) => conflict.path)).toEqual(['tags']);
  });
});
