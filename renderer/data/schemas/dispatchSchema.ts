import type { RxJsonSchema } from 'rxdb';
import type { Dispatch } from '../../../core/model/dispatch';
import { baseProperties, baseRequired, nullableEpochMs, text } from './schemaParts';

/**
 * dispatches, version 0: questionnaires sent to buyers (core/model/dispatch.ts). Looked up by
 * token (the answer coming back) and by lead (the lead page). Questions and answers are only
 * objects here; zod checks them at the boundary.
 */
export const dispatchSchema: RxJsonSchema<Dispatch> = {
  title: 'dispatches',
  description: 'Questionnaires sent to buyers, with token, questions and answers (core/model/dispatch.ts)',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    ...baseProperties,
    leadId: text(64),
    token: text(128),
    templateId: text(64),
    emailId: text(64),
    questions: { type: 'array', maxItems: 200, items: { type: 'object' } },
    answers: { type: 'object' },
    sentAt: nullableEpochMs,
    answeredAt: nullableEpochMs,
    expiresAt: nullableEpochMs,
    processedAt: nullableEpochMs,
    problems: { type: 'array', maxItems: 400, items: { type: 'object' } },
    ruleId: text(64),
  },
  required: [...baseRequired, 'leadId', 'token', 'templateId', 'emailId', 'questions', 'answers', 'sentAt', 'answeredAt', 'expiresAt', 'processedAt', 'problems', 'ruleId'],
  indexes: ['token', 'leadId'],
};
