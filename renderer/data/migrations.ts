import type { MigrationStrategies } from 'rxdb';
import { lead, leadSource } from '../../core/model/lead';

/**
 * Schema migrations per collection, append-only: a step, once shipped, is never edited (devices
 * that have not yet run it must get the same result); a change adds the next version's step.
 * Each step takes a document of the previous version and returns it in the next version.
 */

type StoredDocument = Record<string, unknown>;

function isRecord(value: unknown): value is StoredDocument {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The zod default of a field, so a filled-in value is exactly what a new document gets. */
function defaultOf<T>(field: { parse(value: unknown): T }): T {
  return field.parse(undefined);
}

export const leadMigrations: MigrationStrategies = {
  /** v1 added lastActivityAt, customFields, conversion and source.captureSessionId. */
  1: (doc: StoredDocument): StoredDocument => {
    const source: StoredDocument = isRecord(doc.source) ? doc.source : defaultOf(lead.shape.source);
    return {
      ...doc,
      lastActivityAt: doc.lastActivityAt ?? defaultOf(lead.shape.lastActivityAt),
      customFields: doc.customFields ?? defaultOf(lead.shape.customFields),
      conversion: doc.conversion ?? defaultOf(lead.shape.conversion),
      source: { ...source, captureSessionId: source.captureSessionId ?? defaultOf(leadSource.shape.captureSessionId) },
    };
  },
  /** v2 added priority, scoreAdjustment, lastEventAt, ruleRuns and platformFacts (issue 5). */
  2: (doc: StoredDocument): StoredDocument => ({
    ...doc,
    priority: doc.priority ?? defaultOf(lead.shape.priority),
    scoreAdjustment: doc.scoreAdjustment ?? defaultOf(lead.shape.scoreAdjustment),
    lastEventAt: doc.lastEventAt ?? defaultOf(lead.shape.lastEventAt),
    ruleRuns: doc.ruleRuns ?? defaultOf(lead.shape.ruleRuns),
    platformFacts: doc.platformFacts ?? defaultOf(lead.shape.platformFacts),
  }),
};

export const configMigrations: MigrationStrategies = {
  /** v1 only loosened the storage schema (no enum of kinds); documents are unchanged. */
  1: (doc: StoredDocument): StoredDocument => doc,
};

/** Collections still at version 0 have no steps yet. */
export const noMigrations: MigrationStrategies = {};
