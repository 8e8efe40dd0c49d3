import type { RxJsonSchema } from 'rxdb';
import type { StoredRule } from '../rules/storedRule';
import { baseProperties, baseRequired, nullableEpochMs, text } from './schemaParts';

const nullableText = (maxLength: number) => ({ type: ['string', 'null'], maxLength }) as const;

/**
 * rules, version 0: the seller's rules (core/model/rule.ts) plus `runState`, what the runner
 * keeps about each rule (firings, last pass). Few documents, read whole: no indexes. Criteria
 * nest to any depth, so they are only an object here; zod checks them at the boundary.
 */
export const ruleSchema: RxJsonSchema<StoredRule> = {
  title: 'rules',
  description: 'Rules: trigger, criteria, actions, mode, priority, sunset (core/model/rule.ts)',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    ...baseProperties,
    name: text(120),
    description: text(2000),
    trigger: { type: 'object' },
    criteria: { type: 'object' },
    actions: {
      type: 'array',
      maxItems: 20,
      items: {
        type: 'object',
        properties: { type: text(60), params: { type: 'object' } },
        required: ['type', 'params'],
      },
    },
    executionMode: { type: 'object' },
    priority: { type: 'integer', minimum: 1, maximum: 10 },
    blocking: { type: 'boolean' },
    sunset: {
      type: 'object',
      properties: {
        expiresAt: nullableEpochMs,
        afterRuns: { type: ['integer', 'null'], minimum: 1 },
        afterEvent: nullableText(40),
      },
      required: ['expiresAt', 'afterRuns', 'afterEvent'],
    },
    enabled: { type: 'boolean' },
    version: { type: 'integer', minimum: 1 },
    runState: {
      type: 'object',
      properties: {
        totalRuns: { type: 'integer', minimum: 0 },
        leadsAffected: { type: 'integer', minimum: 0 },
        lastFiredAt: nullableEpochMs,
        lastRunAt: nullableEpochMs,
        lastScheduledRunAt: nullableEpochMs,
        actionsTriggered: { type: 'object', additionalProperties: { type: 'integer', minimum: 0 } },
        recent: {
          type: 'array',
          maxItems: 50,
          items: {
            type: 'object',
            properties: {
              eventId: text(64),
              leadId: text(64),
              at: { type: 'integer', minimum: 0 },
              version: { type: 'integer', minimum: 0 },
              cause: text(200),
              actions: { type: 'array', maxItems: 20, items: text(200) },
              outcome: { type: 'string', enum: ['applied', 'partly_applied', 'failed'] },
              messages: { type: 'array', maxItems: 20, items: text(200) },
            },
            required: ['eventId', 'leadId', 'at', 'version', 'cause', 'actions', 'outcome', 'messages'],
          },
        },
      },
      required: ['totalRuns', 'leadsAffected', 'lastFiredAt', 'lastRunAt', 'lastScheduledRunAt', 'actionsTriggered', 'recent'],
    },
  },
  required: [
    ...baseRequired,
    'name',
    'description',
    'trigger',
    'criteria',
    'actions',
    'executionMode',
    'priority',
    'blocking',
    'sunset',
    'enabled',
    'version',
    'runState',
  ],
};
