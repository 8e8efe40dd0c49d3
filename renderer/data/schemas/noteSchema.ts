import type { RxJsonSchema } from 'rxdb';
import type { Note } from '../../../core/model/note';
import { baseProperties, baseRequired, text } from './schemaParts';

/** notes, version 0: per lead, read newest first. */
export const noteSchema: RxJsonSchema<Note> = {
  title: 'notes',
  description: 'Notes on leads (core/model/note.ts)',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    ...baseProperties,
    leadId: text(64),
    body: { type: 'string', minLength: 1, maxLength: 20_000 },
    authorId: text(64),
    authorName: text(200),
  },
  required: [...baseRequired, 'leadId', 'body', 'authorId', 'authorName'],
  indexes: [['leadId', 'createdAt']],
};
