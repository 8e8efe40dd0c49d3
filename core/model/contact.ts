import { z } from 'zod';
import { baseDocument, epochMs } from './base';
import { countryCode } from './countryCode';
import { customFieldValue, leadConsent } from './lead';

const shortText = z.string().max(200);

/**
 * A person the seller deals with, usually converted from a lead. The lead's events stay keyed by
 * `leadId`, so the contact keeps the lead's whole history. The contact points at its account
 * (an account has many contacts); the account keeps no list of contacts, so two devices adding
 * contacts to one account offline never conflict.
 */
export const contact = baseDocument.extend({
  /** Lead this contact was converted from; '' for a contact created directly. */
  leadId: z.string().max(64).default(''),
  accountId: z.string().max(64).nullable().default(null),
  name: shortText.default(''),
  email: z.string().max(254).default(''),
  phone: z.string().max(32).default(''),
  jobTitle: shortText.default(''),
  department: shortText.default(''),
  country: countryCode.default(''),
  tags: z.array(z.string().min(1).max(60)).max(100).default([]),
  consent: leadConsent.default(leadConsent.parse({})),
  /** The account's main person for this seller. */
  isPrimary: z.boolean().default(false),
  convertedAt: epochMs.nullable().default(null),
  customFields: z.record(z.string().max(60), customFieldValue).default({}),
});
export type Contact = z.infer<typeof contact>;
export type ContactInput = z.input<typeof contact>;
