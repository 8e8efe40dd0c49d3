import { z } from 'zod';
import { baseDocument, epochMs } from './base';

export const reminderKinds = ['call', 'email', 'meeting', 'follow-up'] as const;

export const reminder = baseDocument.extend({
  leadId: z.string().min(1).max(64),
  kind: z.enum(reminderKinds),
  title: z.string().trim().max(200).default(''),
  dueAt: epochMs,
  done: z.boolean().default(false),
  doneAt: epochMs.nullable().default(null),
  origin: z.enum(['user', 'rule']).default('user'),
  /** Set once the OS notification was raised, so a reminder notifies once. */
  notifiedAt: epochMs.nullable().default(null),
  assigneeId: z.string().max(64).default(''),
});
export type Reminder = z.infer<typeof reminder>;
