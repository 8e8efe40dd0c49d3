import { engagementLevels, temperatures } from '../model/lead';
import type { EngagementLevel, ListRow, Temperature } from './types';

/**
 * Rows stored column by column, each text column as ONE string (values joined by the record
 * separator) and each number column as a Float64Array. Reading 100,000 rows back from
 * IndexedDB then deserialises 11 strings and 3 buffers instead of 1.4 million small strings,
 * which is what makes the list appear quickly at start-up.
 *
 * Format 3 added temperature, engagement level, urgency and owner. A snapshot of another format
 * is not read at all (decodeRowColumns gives null) and the list is rebuilt from the database.
 */
export const rowColumnsFormat = 3;

export interface ListRowColumns {
  format: typeof rowColumnsFormat;
  count: number;
  text: Record<TextField, string>;
  score: Float64Array;
  urgency: Float64Array;
  /** NaN stands for "never". */
  lastActivityAt: Float64Array;
  createdAt: Float64Array;
}

const textFields = ['id', 'name', 'email', 'phone', 'company', 'country', 'sourceCategory', 'sourceChannel', 'group', 'stage', 'temperature', 'engagementLevel', 'ownerId', 'tags'] as const;
type TextField = (typeof textFields)[number];

const recordSeparator = '\u001e';
const tagSeparator = '\u001f';
// eslint-disable-next-line no-control-regex -- the separators are control characters on purpose
const separators = /[\u001e\u001f]/g;

/** The list is a display copy: a separator character typed into a field is dropped there. */
const clean = (value: string): string => (value.includes(recordSeparator) || value.includes(tagSeparator) ? value.replace(separators, '') : value);

const textOf: Record<TextField, (row: ListRow) => string> = {
  id: (row) => row.id,
  name: (row) => clean(row.name),
  email: (row) => clean(row.email),
  phone: (row) => clean(row.phone),
  company: (row) => clean(row.company),
  country: (row) => clean(row.country),
  sourceCategory: (row) => clean(row.sourceCategory),
  sourceChannel: (row) => clean(row.sourceChannel),
  group: (row) => clean(row.group),
  stage: (row) => clean(row.stage),
  temperature: (row) => row.temperature,
  /** '' stands for "not assessed". */
  engagementLevel: (row) => row.engagementLevel ?? '',
  ownerId: (row) => clean(row.ownerId),
  tags: (row) => row.tags.map(clean).join(tagSeparator),
};

export function encodeRowColumns(rows: readonly ListRow[]): ListRowColumns {
  const steps = encodeRowColumnsStepwise(rows);
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

/**
 * encodeRowColumns one column at a time: the caller may let the page paint between steps
 * (100,000 rows take a few hundred milliseconds in all, tens per column). `rows` must not change
 * while the steps run.
 */
export function* encodeRowColumnsStepwise(rows: readonly ListRow[]): Generator<void, ListRowColumns, void> {
  const count = rows.length;
  const text = {} as Record<TextField, string>;
  for (const field of textFields) {
    const values = new Array<string>(count);
    const read = textOf[field];
    for (let i = 0; i < count; i++) values[i] = read(rows[i] as ListRow);
    text[field] = values.join(recordSeparator);
    yield;
  }
  const score = new Float64Array(count);
  const urgency = new Float64Array(count);
  const lastActivityAt = new Float64Array(count);
  const createdAt = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const row = rows[i] as ListRow;
    score[i] = row.score;
    urgency[i] = row.urgency;
    lastActivityAt[i] = row.lastActivityAt ?? Number.NaN;
    createdAt[i] = row.createdAt;
  }
  return { format: rowColumnsFormat, count, text, score, urgency, lastActivityAt, createdAt };
}

function isTemperature(value: string): value is Temperature {
  return (temperatures as readonly string[]).includes(value);
}

function isEngagementLevel(value: string): value is EngagementLevel {
  return (engagementLevels as readonly string[]).includes(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function numbers(value: unknown, count: number, allowNaN: boolean): Float64Array | null {
  if (!(value instanceof Float64Array) || value.length !== count) return null;
  for (let i = 0; i < count; i++) {
    const item = value[i] as number;
    if (!Number.isFinite(item) && !(allowNaN && Number.isNaN(item))) return null;
  }
  return value;
}

/** A joined column split back into `count` values, or null when the count does not match. */
function splitColumn(value: unknown, count: number): string[] | null {
  if (typeof value !== 'string') return null;
  if (count === 0) return value === '' ? [] : null;
  const values = value.split(recordSeparator);
  return values.length === count ? values : null;
}

/**
 * Rows from stored columns, or null when the data is not exactly what encodeRowColumns writes
 * (a different format, truncated, tampered with): the caller then rebuilds from the database.
 */
export function decodeRowColumns(stored: unknown): ListRow[] | null {
  if (!isRecord(stored) || stored.format !== rowColumnsFormat || !isRecord(stored.text)) return null;
  const count = stored.count;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) return null;
  const text = {} as Record<TextField, string[]>;
  for (const field of textFields) {
    const values = splitColumn(stored.text[field], count);
    if (!values) return null;
    text[field] = values;
  }
  const score = numbers(stored.score, count, false);
  const urgency = numbers(stored.urgency, count, false);
  const lastActivityAt = numbers(stored.lastActivityAt, count, true);
  const createdAt = numbers(stored.createdAt, count, false);
  if (!score || !urgency || !lastActivityAt || !createdAt) return null;
  const rows = new Array<ListRow>(count);
  for (let i = 0; i < count; i++) {
    const id = text.id[i] as string;
    if (id === '') return null;
    const tags = text.tags[i] as string;
    const last = lastActivityAt[i] as number;
    const temperature = text.temperature[i] as string;
    const engagement = text.engagementLevel[i] as string;
    if (!isTemperature(temperature) || (engagement !== '' && !isEngagementLevel(engagement))) return null;
    rows[i] = {
      id,
      name: text.name[i] as string,
      email: text.email[i] as string,
      phone: text.phone[i] as string,
      company: text.company[i] as string,
      country: text.country[i] as string,
      sourceCategory: text.sourceCategory[i] as string,
      sourceChannel: text.sourceChannel[i] as string,
      group: text.group[i] as string,
      stage: text.stage[i] as string,
      score: score[i] as number,
      temperature,
      engagementLevel: engagement === '' ? null : engagement,
      urgency: urgency[i] as number,
      ownerId: text.ownerId[i] as string,
      tags: tags === '' ? [] : tags.split(tagSeparator),
      lastActivityAt: Number.isNaN(last) ? null : last,
      createdAt: createdAt[i] as number,
    };
  }
  return rows;
}
