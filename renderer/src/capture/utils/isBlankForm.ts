import type { LeadFormFields } from '../../../../core/model/leadForm';

export function isBlankForm(fields: LeadFormFields): boolean {
  return Object.values(fields).every((value) => value.trim() === '');
}
