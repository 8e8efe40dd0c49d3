/**
 * Building blocks of the hand-written RxDB schemas. They mirror the zod models in core/model,
 * which stay the validation at the boundary; these only tell RxDB the shape, and give indexed
 * fields what the Dexie storage needs (required, maxLength, minimum/maximum/multipleOf).
 */

/** Same bound as core/model/base epochMs. */
export const maxEpochMs = 8_640_000_000_000_000;

export const text = (maxLength: number) => ({ type: 'string', maxLength }) as const;

export const epochMs = { type: 'integer', minimum: 0, maximum: maxEpochMs, multipleOf: 1 } as const;

export const nullableEpochMs = { type: ['integer', 'null'], minimum: 0, maximum: maxEpochMs } as const;

export const documentId = text(64);

/** Fields every replicated document carries (DESIGN.md, data model). */
export const baseProperties = {
  id: documentId,
  ownerId: text(64),
  teamId: text(64),
  createdAt: epochMs,
  updatedAt: epochMs,
} as const;

export const baseRequired = ['id', 'ownerId', 'teamId', 'createdAt', 'updatedAt'] as const;
