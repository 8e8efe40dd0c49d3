import type { RxJsonSchema } from 'rxdb';
import { emailKinds, emailOrigins, emailStatuses, type Email } from '../../../core/model/email';
import { baseProperties, baseRequired, epochMs, nullableEpochMs, text } from './schemaParts';

const actorProperties = {
  kind: { type: 'string', enum: ['user', 'rule', 'system', 'platform'] },
  id: text(64),
  name: text(200),
} as const;

const actor = { type: 'object', properties: actorProperties, required: ['kind', 'id'] } as const;
const nullableActor = { type: ['object', 'null'], properties: actorProperties, required: ['kind', 'id'] } as const;

/**
 * emails, version 0: the outbound queue (core/model/email.ts). Read by status (the approval
 * queue, the outbox) and by lead, newest change first; indexed fields are required, strings
 * bounded and numbers given min/max/multipleOf, as the Dexie storage needs.
 */
export const emailSchema: RxJsonSchema<Email> = {
  title: 'emails',
  description: 'Outbound emails: drafts, the approval queue and the outbox (core/model/email.ts)',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    ...baseProperties,
    leadId: text(64),
    kind: { type: 'string', enum: [...emailKinds] },
    origin: { type: 'string', enum: [...emailOrigins] },
    templateId: text(64),
    aiModel: text(200),
    ruleId: text(64),
    status: { type: 'string', enum: [...emailStatuses], maxLength: 20 },
    subject: text(998),
    body: text(200_000),
    to: {
      type: 'array',
      maxItems: 50,
      items: { type: 'object', properties: { email: text(254), name: text(200) }, required: ['email', 'name'] },
    },
    attachments: {
      type: 'array',
      maxItems: 20,
      items: {
        type: 'object',
        properties: { id: text(64), fileName: text(255), contentType: text(100), size: { type: 'integer', minimum: 0 } },
        required: ['id', 'fileName', 'contentType', 'size'],
      },
    },
    auditTrail: {
      type: 'array',
      maxItems: 500,
      items: {
        type: 'object',
        properties: {
          from: { type: ['string', 'null'], enum: [...emailStatuses, null] },
          to: { type: 'string', enum: [...emailStatuses] },
          at: epochMs,
          actor,
          note: text(1000),
        },
        required: ['from', 'to', 'at', 'actor', 'note'],
      },
    },
    attempts: { type: 'integer', minimum: 0 },
    messageId: text(998),
    approvedBy: nullableActor,
    approvedAt: nullableEpochMs,
    sentAt: nullableEpochMs,
    lastError: text(2000),
    nextAttemptAt: nullableEpochMs,
    sendAfter: nullableEpochMs,
    unsubscribeToken: text(64),
    repliedAt: nullableEpochMs,
    bouncedAt: nullableEpochMs,
  },
  required: [
    ...baseRequired,
    'leadId',
    'kind',
    'origin',
    'templateId',
    'aiModel',
    'ruleId',
    'status',
    'subject',
    'body',
    'to',
    'attachments',
    'auditTrail',
    'attempts',
    'messageId',
    'approvedBy',
    'approvedAt',
    'sentAt',
    'lastError',
    'nextAttemptAt',
    'sendAfter',
    'unsubscribeToken',
    'repliedAt',
    'bouncedAt',
  ],
  indexes: [
    ['status', 'updatedAt'],
    ['leadId', 'updatedAt'],
  ],
};
