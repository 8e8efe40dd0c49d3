import type { RxJsonSchema } from 'rxdb';
import { reminderKinds, type Reminder } from '../../../core/model/reminder';
import { baseProperties, baseRequired, epochMs, nullableEpochMs, text } from './schemaParts';

/** reminders, version 0: per lead by due time, and "open ones due soonest" across leads. */
export const reminderSchema: RxJsonSchema<Reminder> = {
  title: 'reminders',
  description: 'Reminders on leads (core/model/reminder.ts)',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    ...baseProperties,
    leadId: text(64),
    kind: { type: 'string', enum: [...reminderKinds] },
    title: text(200),
    dueAt: epochMs,
    done: { type: 'boolean' },
    doneAt: nullableEpochMs,
    origin: { type: 'string', enum: ['user', 'rule'] },
    notifiedAt: nullableEpochMs,
    assigneeId: text(64),
  },
  required: [...baseRequired, 'leadId', 'kind', 'title', 'dueAt', 'done', 'doneAt', 'origin', 'notifiedAt', 'assigneeId'],
  indexes: [
    ['leadId', 'dueAt'],
    ['done', 'dueAt'],
  ],
};
