import { z } from 'zod';

/**
 * The lead capture form as typed: every field a string, nothing normalised yet. Drafts are saved
 * in this shape (nothing typed is ever lost) and normaliseLeadInput turns it into lead fields.
 */
export const leadFormFieldNames = [
  'name',
  'email',
  'phone',
  'companyName',
  'jobTitle',
  'department',
  'country',
  'website',
  'industry',
  'tags',
  'notes',
] as const;
export type LeadFormFieldName = (typeof leadFormFieldNames)[number];

const typed = z.string().max(2000).default('');

export const leadFormFields = z.object({
  name: typed,
  email: typed,
  phone: typed,
  companyName: typed,
  jobTitle: typed,
  department: typed,
  /** Country name, alias or ISO code as typed. */
  country: typed,
  website: typed,
  industry: typed,
  /** Comma- or semicolon-separated. */
  tags: typed,
  notes: z.string().max(20_000).default(''),
});
export type LeadFormFields = z.infer<typeof leadFormFields>;

export const emptyLeadForm: LeadFormFields = leadFormFields.parse({});
