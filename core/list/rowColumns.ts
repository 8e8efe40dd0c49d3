import type { ListRow } from './types';

/**
 * Rows stored column by column: one array per field instead of one object per row. Saving
 * 100,000 rows to IndexedDB clones 14 arrays of primitives instead of 100,000 objects that
 * repeat every key, and checking the stored data on load is a tight loop per array.
 */
export interface ListRowColumns {
  format: 1;
  id: string[];
  name: string[];
  email: string[];
  phone: string[];
  company: string[];
  country: string[];
  sourceCategory: string[];
  sourceChannel: string[];
  group: string[];
  stage: string[];
  score: number[];
  /** Each row's tags joined by the unit separator (tags never contain control characters). */
  tags: string[];
  lastActivityAt: (number | null)[];
  createdAt: number[];
}

const tagSeparator = '\u001f';

export function encodeRowColumns(rows: readonly ListRow[]): ListRowColumns {
  const columns: ListRowColumns = {
    format: 1,
    id: [],
    name: [],
    email: [],
    phone: [],
    company: [],
    country: [],
    sourceCategory: [],
    sourceChannel: [],
    group: [],
    stage: [],
    score: [],
    tags: [],
    lastActivityAt: [],
    createdAt: [],
  };
  for (const row of rows) {
    columns.id.push(row.id);
    columns.name.push(row.name);
    columns.email.push(row.email);
    columns.phone.push(row.phone);
    columns.company.push(row.company);
    columns.country.push(row.country);
    columns.sourceCategory.push(row.sourceCategory);
    columns.sourceChannel.push(row.sourceChannel);
    columns.group.push(row.group);
    columns.stage.push(row.stage);
    columns.score.push(row.score);
    columns.tags.push(row.tags.join(tagSeparator));
    columns.lastActivityAt.push(row.lastActivityAt);
    columns.createdAt.push(row.createdAt);
  }
  return columns;
}

const textFields = ['id', 'name', 'email', 'phone', 'company', 'country', 'sourceCategory', 'sourceChannel', 'group', 'stage', 'tags'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function arrayOf(value: unknown, length: number, isItem: (item: unknown) => boolean): boolean {
  if (!Array.isArray(value) || value.length !== length) return false;
  for (const item of value) if (!isItem(item)) return false;
  return true;
}

const isString = (item: unknown): boolean => typeof item === 'string';
const isNumber = (item: unknown): boolean => typeof item === 'number' && Number.isFinite(item);

/**
 * Rows from stored columns, or null when the data is not exactly what encodeRowColumns writes
 * (a different format, truncated, tampered with): the caller then rebuilds from the database.
 */
export function decodeRowColumns(stored: unknown): ListRow[] | null {
  if (!isRecord(stored) || stored.format !== 1 || !Array.isArray(stored.id)) return null;
  const length = stored.id.length;
  for (const field of textFields) if (!arrayOf(stored[field], length, isString)) return null;
  if (!arrayOf(stored.score, length, isNumber) || !arrayOf(stored.createdAt, length, isNumber)) return null;
  if (!arrayOf(stored.lastActivityAt, length, (item) => item === null || isNumber(item))) return null;
  const columns = stored as unknown as ListRowColumns;
  const seen = new Set<string>();
  const rows: ListRow[] = new Array<ListRow>(length);
  for (let i = 0; i < length; i++) {
    const id = columns.id[i] as string;
    if (id === '' || seen.has(id)) return null;
    seen.add(id);
    const tags = columns.tags[i] as string;
    rows[i] = {
      id,
      name: columns.name[i] as string,
      email: columns.email[i] as string,
      phone: columns.phone[i] as string,
      company: columns.company[i] as string,
      country: columns.country[i] as string,
      sourceCategory: columns.sourceCategory[i] as string,
      sourceChannel: columns.sourceChannel[i] as string,
      group: columns.group[i] as string,
      stage: columns.stage[i] as string,
      score: columns.score[i] as number,
      tags: tags === '' ? [] : tags.split(tagSeparator),
      lastActivityAt: columns.lastActivityAt[i] as number | null,
      createdAt: columns.createdAt[i] as number,
    };
  }
  return rows;
}
