import type { RxJsonSchema } from 'rxdb';
import type { Account } from '../../../core/model/account';
import { customFieldMap, tagList } from './contactSchema';
import { baseProperties, baseRequired, text } from './schemaParts';

/** accounts, version 0: buyer organisations (core/model/account.ts). Few per seller: read whole, no index. */
export const accountSchema: RxJsonSchema<Account> = {
  title: 'accounts',
  description: 'Accounts: the organisations contacts belong to (core/model/account.ts)',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    ...baseProperties,
    name: { type: 'string', minLength: 1, maxLength: 200 },
    website: text(500),
    industry: text(200),
    size: { type: ['integer', 'null'], minimum: 0 },
    annualRevenue: { type: ['number', 'null'], minimum: 0 },
    country: text(2),
    phone: text(32),
    address: text(1000),
    tags: tagList,
    primaryContactId: { type: ['string', 'null'], maxLength: 64 },
    sourceLeadId: text(64),
    customFields: customFieldMap,
  },
  required: [...baseRequired, 'name', 'website', 'industry', 'size', 'annualRevenue', 'country', 'phone', 'address', 'tags', 'primaryContactId', 'sourceLeadId', 'customFields'],
};
