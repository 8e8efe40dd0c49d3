import { z } from 'zod';
import { documentId, epochMs } from '../model/base';

/**
 * "Not duplicates": one config document of kind 'duplicate-dismissal' per pair of leads, under
 * dismissalKey(a, b). The pair is named in the document, so the key is only an address.
 */
export const duplicateDismissalData = z.object({
  leadIds: z.tuple([documentId, documentId]).refine(([a, b]) => a !== b, 'a lead cannot be dismissed as a duplicate of itself'),
  dismissedAt: epochMs,
  /** The seller's user id. */
  dismissedBy: z.string().max(64),
});
export type DuplicateDismissalData = z.infer<typeof duplicateDismissalData>;
