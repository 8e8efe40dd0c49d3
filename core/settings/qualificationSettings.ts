import { z } from 'zod';
import { qualificationOptions, type QualificationField, type QualificationOption } from '../reference/qualificationOptions';

/**
 * The BANT-CHAMP option lists (seed 003) as the seller has customised them. `rank` orders options
 * from weakest to strongest signal and drives the score; null means "not known / not disclosed".
 */

export const qualificationFields = ['budget', 'authority', 'need', 'timeline', 'fit'] as const satisfies readonly QualificationField[];

const option = z.object({
  value: z
    .string()
    .min(1)
    .max(60)
    .regex(/^[a-z0-9_]+$/, 'option values use lower-case letters, digits and _'),
  label: z.string().trim().min(1, 'give the option a label').max(100),
  rank: z.number().int().min(0).max(10).nullable(),
});

const optionList = z
  .array(option)
  .min(1, 'keep at least one option')
  .max(30)
  .refine((list) => new Set(list.map((o) => o.value)).size === list.length, 'each option value appears once')
  .refine((list) => new Set(list.map((o) => o.label.toLowerCase())).size === list.length, 'each option label appears once');

export const qualificationSettings = z.object({
  budget: optionList,
  authority: optionList,
  need: optionList,
  timeline: optionList,
  fit: optionList,
});
export type QualificationSettings = z.infer<typeof qualificationSettings>;

const copy = (list: readonly QualificationOption[]): QualificationOption[] => list.map((o) => ({ ...o }));

export const defaultQualificationSettings: QualificationSettings = {
  budget: copy(qualificationOptions.budget),
  authority: copy(qualificationOptions.authority),
  need: copy(qualificationOptions.need),
  timeline: copy(qualificationOptions.timeline),
  fit: copy(qualificationOptions.fit),
};

/** Label for a stored value; a value no longer in the list shows as itself. */
export function qualificationLabel(settings: QualificationSettings, fieldName: QualificationField, value: string): string {
  return settings[fieldName].find((o) => o.value === value)?.label ?? value;
}
