import type { RxJsonSchema } from 'rxdb';
import type { ConfigDocument } from '../../../core/model/config';
import { baseProperties, baseRequired, text } from './schemaParts';

/**
 * config, version 1: one document per kind and key, id `${kind}:${key}` (core/model/config.ts).
 * v1 dropped the enum of kinds from the storage schema: zod checks the kind at the boundary, and
 * a new kind of settings no longer needs a storage migration.
 */
export const configSchema: RxJsonSchema<ConfigDocument> = {
  title: 'config',
  description: 'Settings-like documents: saved views, capture sessions, templates and more',
  version: 1,
  primaryKey: 'id',
  type: 'object',
  properties: {
    ...baseProperties,
    kind: { type: 'string', maxLength: 40 },
    key: text(40),
    data: { type: 'object' },
  },
  required: [...baseRequired, 'kind', 'key', 'data'],
  indexes: ['kind'],
};
