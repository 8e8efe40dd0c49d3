import type { RxJsonSchema } from 'rxdb';
import { configKinds, type ConfigDocument } from '../../../core/model/config';
import { baseProperties, baseRequired, text } from './schemaParts';

/** config, version 0: one document per kind and key, id `${kind}:${key}` (core/model/config.ts). */
export const configSchema: RxJsonSchema<ConfigDocument> = {
  title: 'config',
  description: 'Settings-like documents: saved views, capture sessions, templates and more',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    ...baseProperties,
    kind: { type: 'string', enum: [...configKinds], maxLength: 40 },
    key: text(40),
    data: { type: 'object' },
  },
  required: [...baseRequired, 'kind', 'key', 'data'],
  indexes: ['kind'],
};
