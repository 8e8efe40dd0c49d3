import { fillWithDefaultSettings, type RxJsonSchema } from 'rxdb';
import { checkSchema } from 'rxdb/plugins/dev-mode';
import { describe, expect, it } from 'vitest';
import { account } from '../../core/model/account';
import { configDocument } from '../../core/model/config';
import { contact } from '../../core/model/contact';
import { dispatch } from '../../core/model/dispatch';
import { leadEvent } from '../../core/model/event';
import { lead } from '../../core/model/lead';
import { note } from '../../core/model/note';
import { reminder } from '../../core/model/reminder';
import { collectionCreators } from '../../renderer/data/database';
import { accountSchema } from '../../renderer/data/schemas/accountSchema';
import { configSchema } from '../../renderer/data/schemas/configSchema';
import { contactSchema } from '../../renderer/data/schemas/contactSchema';
import { dispatchSchema } from '../../renderer/data/schemas/dispatchSchema';
import { eventSchema } from '../../renderer/data/schemas/eventSchema';
import { leadSchema } from '../../renderer/data/schemas/leadSchema';
import { noteSchema } from '../../renderer/data/schemas/noteSchema';
import { reminderSchema } from '../../renderer/data/schemas/reminderSchema';
import { testAjv } from '../fixtures/validatedMemoryStorage';

/** The schemas' document types differ; the checks here treat them alike. */
type AnySchema = RxJsonSchema<Record<string, unknown>>;

const base = { ownerId: 'user-1', teamId: 'team-1', createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_001 };

const fullLead = lead.parse({
  ...base,
  id: 'lead-1',
  name: 'Ahmed Al-Farsi',
  email: 'ahmed@petro.example',
  phone: '+97150123456',
  company: { name: 'Petro Gulf', size: 250, annualRevenue: 12_500_000.5, industry: 'Oil & Gas', website: 'https://petro.example' },
  country: 'AE',
  source: { category: 'Offline Channels', channel: 'Events', event: 'ADIPEC 2025', captureSessionId: 's-1' },
  leadType: 'platform',
  group: 'qualified',
  stage: 'intentional',
  qualification: { budget: 'approved', budgetAmount: 50_000, budgetCurrency: 'USD', challenges: ['corrosion'] },
  tags: ['vip', 'valves'],
  consent: { marketingOptIn: true },
  counters: { emailsOpened: 3 },
  lastInterestAt: 1_700_000_100_000,
  lastActivityAt: 1_700_000_200_000,
  score: 71.5,
  scoreBreakdown: [{ criterion: 'budget', points: 10, maxPoints: 10, weight: 2, reason: 'budget approved' }],
  temperature: 'hot',
  engagementLevel: 'WARM',
  urgency: 7.5,
  nextFollowUpAt: 1_700_000_300_000,
  conversion: { contactId: 'c-1', accountId: null, convertedAt: 1_700_000_400_000 },
  customFields: { erpId: 'A-17', volume: 3, urgent: false, note: null },
});

const samples: [string, AnySchema, unknown[]][] = [
  ['leads', leadSchema as unknown as AnySchema, [fullLead, lead.parse({ ...base, id: 'lead-2' })]],
  [
    'events',
    eventSchema as unknown as AnySchema,
    [
      leadEvent.parse({ ...base, id: 'e-1', leadId: 'lead-1', type: 'group_changed', at: 5, actor: { kind: 'user', id: 'u', name: 'U' }, data: { from: 'a', to: 'b' } }),
      leadEvent.parse({ ...base, id: 'e-2', leadId: 'lead-1', type: 'rule_fired', at: 5, actor: { kind: 'rule', id: 'r-1' }, data: { actions: ['tag'], count: 2, ok: true, none: null } }),
    ],
  ],
  ['notes', noteSchema as unknown as AnySchema, [note.parse({ ...base, id: 'n-1', leadId: 'lead-1', body: 'Called, wants a quote', authorId: 'u' })]],
  [
    'reminders',
    reminderSchema as unknown as AnySchema,
    [
      reminder.parse({ ...base, id: 'r-1', leadId: 'lead-1', kind: 'call', dueAt: 9 }),
      reminder.parse({ ...base, id: 'r-2', leadId: 'lead-1', kind: 'meeting', dueAt: 9, done: true, doneAt: 10, notifiedAt: 8, origin: 'rule' }),
    ],
  ],
  [
    'config',
    configSchema as unknown as AnySchema,
    [configDocument.parse({ ...base, id: 'saved-view:hot', kind: 'saved-view', key: 'hot', data: { name: 'Hot', columns: ['name'], nested: { a: [1, 'x', null] } } })],
  ],
  [
    'contacts',
    contactSchema as unknown as AnySchema,
    [
      contact.parse({ ...base, id: 'c-1' }),
      contact.parse({
        ...base,
        id: 'c-2',
        leadId: 'lead-1',
        accountId: 'a-1',
        name: 'Ahmed Al-Farsi',
        email: 'ahmed@petro.example',
        country: 'AE',
        tags: ['vip'],
        consent: { marketingOptIn: true },
        isPrimary: true,
        convertedAt: 1_700_000_400_000,
        customFields: { erpId: 'A-17', volume: 3 },
      }),
    ],
  ],
  [
    'accounts',
    accountSchema as unknown as AnySchema,
    [
      account.parse({ ...base, id: 'a-1', name: 'Petro Gulf' }),
      account.parse({ ...base, id: 'a-2', name: 'Petro Gulf LLC', website: 'https://petro.example', size: 250, annualRevenue: 12_500_000.5, country: 'AE', primaryContactId: 'c-2', sourceLeadId: 'lead-1', customFields: { tier: 'gold' } }),
    ],
  ],
  [
    'dispatches',
    dispatchSchema as unknown as AnySchema,
    [
      dispatch.parse({
        ...base,
        id: 'd-1',
        leadId: 'lead-1',
        token: 'Zq8x-3mP_0aB7cD9eF1gH2',
        questions: [{ id: 'q-1', label: 'What is your budget?', kind: 'single_choice', options: ['< 10k', '10k+'], leadField: 'qualification.budget' }],
        answers: { 'q-1': '10k+' },
        sentAt: 1,
        answeredAt: 2,
      }),
    ],
  ],
];

describe('RxDB schemas', () => {
  it('has one schema per collection, at most ten collections', () => {
    expect(Object.keys(collectionCreators).sort()).toEqual(['accounts', 'config', 'contacts', 'dispatches', 'emails', 'events', 'leads', 'notes', 'reminders', 'rules']);
    expect(Object.keys(collectionCreators).length).toBeLessThanOrEqual(10);
  });

  it.each(samples)('%s passes RxDB dev-mode schema checks', (_name, schema) => {
    expect(() => checkSchema(schema)).not.toThrow();
  });

  it.each(samples)('%s accepts what the zod model produces', (_name, schema, docs) => {
    const validate = testAjv.compile(fillWithDefaultSettings(schema));
    for (const doc of docs) {
      const stored = { ...(doc as object), _deleted: false, _rev: '1-a', _meta: { lwt: 1 }, _attachments: {} };
      expect(validate(stored), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('has the fields of the zod lead model, all required', () => {
    expect(Object.keys(leadSchema.properties).sort()).toEqual(Object.keys(lead.shape).sort());
    expect([...(leadSchema.required ?? [])].sort()).toEqual(Object.keys(lead.shape).sort());
  });

  it('rejects what the zod model rejects (spot check: the validator in tests is live)', () => {
    const validate = testAjv.compile(fillWithDefaultSettings(leadSchema as unknown as AnySchema));
    expect(validate({ ...fullLead, country: 'Germany', _deleted: false, _rev: '1-a', _meta: { lwt: 1 }, _attachments: {} })).toBe(false);
  });

  it('gives indexed fields what the Dexie storage needs', () => {
    for (const [, schema] of samples) {
      const properties = schema.properties as Record<string, { type?: unknown; maxLength?: number; minimum?: number; maximum?: number; multipleOf?: number }>;
      for (const index of schema.indexes ?? []) {
        for (const field of typeof index === 'string' ? [index] : index) {
          expect(schema.required).toContain(field);
          const property = properties[field];
          if (property?.type === 'string') expect(property.maxLength).toBeGreaterThan(0);
          if (property?.type === 'integer' || property?.type === 'number') {
            expect([property.minimum, property.maximum, property.multipleOf].every((v) => typeof v === 'number')).toBe(true);
          }
        }
      }
    }
  });
});
