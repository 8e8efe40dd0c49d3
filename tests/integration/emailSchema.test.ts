import { fillWithDefaultSettings, type RxJsonSchema } from 'rxdb';
import { checkSchema } from 'rxdb/plugins/dev-mode';
import { describe, expect, it } from 'vitest';
import { transitionEmail } from '../../core/emails/emailTransitions';
import { email, type Email } from '../../core/model/email';
import { collectionCreators } from '../../renderer/data/database';
import { emailSchema } from '../../renderer/data/schemas/emailSchema';
import { testAjv } from '../fixtures/validatedMemoryStorage';

type AnySchema = RxJsonSchema<Record<string, unknown>>;
const schema = emailSchema as unknown as AnySchema;
const user = { kind: 'user' as const, id: 'u-1', name: 'Samira' };

const draft = email.parse({
  id: 'email-1',
  ownerId: 'u-1',
  teamId: 't-1',
  createdAt: 1,
  updatedAt: 1,
  leadId: 'lead-1',
  kind: 'marketing',
  origin: 'ai',
  aiModel: 'llama3.1:8b',
  templateId: 'cold-close-file',
  subject: 'Should I close your file?',
  body: 'Hi Ahmed',
  to: [{ email: 'ahmed@buyer.example', name: 'Ahmed' }],
  attachments: [{ id: 'att-1', fileName: 'catalogue.pdf', contentType: 'application/pdf', size: 1024 }],
  auditTrail: [{ from: null, to: 'draft', at: 1, actor: user }],
  unsubscribeToken: '0123456789abcdef0123456789abcdef',
});

/** The same email further along: approved, sent, failed with a retry, replied. */
function along(): Email[] {
  const steps: Email[] = [draft];
  let current = draft;
  for (const action of [{ type: 'submit' }, { type: 'approve', note: 'ok' }, { type: 'start_sending', messageId: '<email-1@seller.example>' }, { type: 'send_failed', error: '451 later', retryable: true }] as const) {
    const next = transitionEmail(current, action, user, current.updatedAt + 1000);
    if (!next.ok) throw new Error(next.error);
    current = next.value;
    steps.push(current);
  }
  steps.push({ ...current, status: 'sent', sentAt: 9_000, repliedAt: 10_000, bouncedAt: 11_000 });
  return steps;
}

describe('emails RxDB schema', () => {
  it('is one of the collections, which stay at most ten', () => {
    expect(collectionCreators.emails.schema).toBe(emailSchema);
    expect(Object.keys(collectionCreators).length).toBeLessThanOrEqual(10);
  });

  it('passes RxDB dev-mode schema checks', () => {
    expect(() => checkSchema(schema)).not.toThrow();
  });

  it('has the fields of the zod email model, all required', () => {
    expect(Object.keys(emailSchema.properties).sort()).toEqual(Object.keys(email.shape).sort());
    expect([...(emailSchema.required ?? [])].sort()).toEqual(Object.keys(email.shape).sort());
  });

  it('accepts what the zod model and the state machine produce, and refuses a bad status', () => {
    const validate = testAjv.compile(fillWithDefaultSettings(schema));
    const meta = { _deleted: false, _rev: '1-a', _meta: { lwt: 1 }, _attachments: {} };
    for (const doc of along()) expect(validate({ ...doc, ...meta }), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...draft, status: 'queued', ...meta })).toBe(false);
  });

  it('gives indexed fields what the Dexie storage needs', () => {
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
  });
});
