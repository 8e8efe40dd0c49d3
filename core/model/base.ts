import { z } from 'zod';

/** Milliseconds since the Unix epoch. Time always enters core as an argument. */
export const epochMs = z.number().int().min(0).max(8_640_000_000_000_000);

export const documentId = z.string().min(1).max(64).regex(/^[A-Za-z0-9_.:-]+$/, 'ids use letters, digits and _ . : -');

/** Fields every replicated document carries (DESIGN.md, data model). */
export const baseDocument = z.object({
  id: documentId,
  ownerId: z.string().min(1).max(64),
  teamId: z.string().min(1).max(64),
  createdAt: epochMs,
  updatedAt: epochMs,
});
export type BaseDocument = z.infer<typeof baseDocument>;

/** Who caused a change: a person, a rule, the app itself or the platform. */
export const actor = z.object({
  kind: z.enum(['user', 'rule', 'system', 'platform']),
  id: z.string().max(64),
  name: z.string().max(200).optional(),
});
export type Actor = z.infer<typeof actor>;
