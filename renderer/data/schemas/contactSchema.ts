import type { RxJsonSchema } from 'rxdb';
import type { Contact } from '../../../core/model/contact';
import { baseProperties, baseRequired, nullableEpochMs, text } from './schemaParts';

export const tagList = { type: 'array', maxItems: 100, items: { type: 'string', minLength: 1, maxLength: 60 } } as const;
export const customFieldMap = { type: 'object', additionalProperties: { type: ['string', 'number', 'boolean', 'null'], maxLength: 2000 } } as const;

/**
 * contacts, version 0: people converted from leads (core/model/contact.ts). A seller has
 * hundreds, not 100,000: read whole, looked up by lead, no other index.
 */
export const contactSchema: RxJsonSchema<Contact> = {
  title: 'contacts',
  description: 'Contacts: the people leads became (core/model/contact.ts)',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    ...baseProperties,
    leadId: text(64),
    accountId: { type: ['string', 'null'], maxLength: 64 },
    name: text(200),
    email: text(254),
    phone: text(32),
    jobTitle: text(200),
    department: text(200),
    country: text(2),
    tags: tagList,
    consent: {
      type: 'object',
      properties: { marketingOptIn: { type: 'boolean' }, unsubscribed: { type: 'boolean' }, bounced: { type: 'boolean' } },
      required: ['marketingOptIn', 'unsubscribed', 'bounced'],
    },
    isPrimary: { type: 'boolean' },
    convertedAt: nullableEpochMs,
    customFields: customFieldMap,
  },
  required: [...baseRequired, 'leadId', 'accountId', 'name', 'email', 'phone', 'jobTitle', 'department', 'country', 'tags', 'consent', 'isPrimary', 'convertedAt', 'customFields'],
  indexes: ['leadId'],
};
