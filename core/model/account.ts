import { z } from 'zod';
import { baseDocument } from './base';
import { countryCode } from './countryCode';
import { customFieldValue } from './lead';

const shortText = z.string().max(200);

/** A buyer organisation. Its contacts carry `accountId`; see contact.ts for why not the reverse. */
export const account = baseDocument.extend({
  name: z.string().trim().min(1, 'an account needs a name').max(200),
  website: z.string().max(500).default(''),
  industry: shortText.default(''),
  /** Number of employees. */
  size: z.number().int().min(0).nullable().default(null),
  /** Annual revenue in US dollars. */
  annualRevenue: z.number().min(0).nullable().default(null),
  country: countryCode.default(''),
  phone: z.string().max(32).default(''),
  address: z.string().max(1000).default(''),
  tags: z.array(z.string().min(1).max(60)).max(100).default([]),
  primaryContactId: z.string().max(64).nullable().default(null),
  /** Lead the account was created from by conversion; '' when created directly. */
  sourceLeadId: z.string().max(64).default(''),
  customFields: z.record(z.string().max(60), customFieldValue).default({}),
});
export type Account = z.infer<typeof account>;
export type AccountInput = z.input<typeof account>;
