import { DuplicateIndex, type DuplicateCandidate, type DuplicateLookupOptions, type DuplicateMatch } from './duplicateIndex';

export { DuplicateIndex } from './duplicateIndex';
export type { DuplicateCandidate, DuplicateLookupOptions, DuplicateMatch, DuplicateReason, DuplicateRow } from './duplicateIndex';

/**
 * Existing leads that may be the candidate being captured: same email, same phone (E.164), or
 * same name at the same company. Empty when nothing matches.
 */
export function findDuplicates(candidate: DuplicateCandidate, index: DuplicateIndex, options: DuplicateLookupOptions = {}): DuplicateMatch[] {
  return index.find(candidate, options);
}
