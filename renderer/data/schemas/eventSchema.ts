import type { RxJsonSchema } from 'rxdb';
import { leadEventTypes, type LeadEvent } from '../../../core/model/event';
import { baseProperties, baseRequired, epochMs, text } from './schemaParts';

/** events, version 0: append-only facts per lead, read newest first per lead. */
export const eventSchema: RxJsonSchema<LeadEvent> = {
  title: 'events',
  description: 'Append-only facts about leads, including the rule log (core/model/event.ts)',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    ...baseProperties,
    leadId: text(64),
    type: { type: 'string', enum: [...leadEventTypes] },
    at: epochMs,
    actor: {
      type: 'object',
      properties: {
        kind: { type: 'string', enum: ['user', 'rule', 'system', 'platform'] },
        id: text(64),
        name: text(200),
      },
      required: ['kind', 'id'],
    },
    data: {
      type: 'object',
      additionalProperties: {
        type: ['string', 'number', 'boolean', 'null', 'array'],
        maxLength: 2000,
        maxItems: 100,
        items: text(200),
      },
    },
  },
  required: [...baseRequired, 'leadId', 'type', 'at', 'actor', 'data'],
  indexes: [['leadId', 'at']],
};
