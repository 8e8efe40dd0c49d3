import type { LeadFormFields } from '../../../../core/model/leadForm';
import type { LeadCenterData, PossibleDuplicate } from '../../../data/contract';
import { duplicateCandidate } from './duplicateCandidate';

/** Possible duplicates of what is typed in the capture form; none for an empty form. */
export function findDuplicatesOfForm(data: LeadCenterData, values: LeadFormFields): PossibleDuplicate[] {
  const candidate = duplicateCandidate(values);
  if (!candidate.email && !candidate.phone && !candidate.name && !candidate.company) return [];
  try {
    return data.findPossibleDuplicates(candidate);
  } catch (error) {
    console.warn('Duplicate check failed', error);
    return [];
  }
}
