import { z } from 'zod';
import { baseDocument } from './base';

export const note = baseDocument.extend({
  leadId: z.string().min(1).max(64),
  body: z.string().trim().min(1, 'a note cannot be empty').max(20_000),
  authorId: z.string().max(64),
  authorName: z.string().max(200).default(''),
});
export type Note = z.infer<typeof note>;
