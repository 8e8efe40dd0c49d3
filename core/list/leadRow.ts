import { engagementLevels, temperatures, type Lead } from '../model/lead';
import type { EngagementLevel, ListRow, Temperature } from './types';

/** The compact list row of a validated lead. */
export function leadRowFromLead(lead: Lead): ListRow {
  return {
    id: lead.id,
    name: lead.name,
    email: lead.email,
    phone: lead.phone,
    company: lead.company.name,
    country: lead.country,
    sourceCategory: lead.source.category,
    sourceChannel: lead.source.channel,
    group: lead.group,
    stage: lead.stage,
    score: lead.score,
    temperature: lead.temperature,
    engagementLevel: lead.engagementLevel,
    urgency: lead.urgency,
    ownerId: lead.ownerId,
    tags: lead.tags,
    lastActivityAt: lead.lastActivityAt,
    createdAt: lead.createdAt,
  };
}

type Fields = Record<string, unknown>;

function fieldsOf(value: unknown): Fields | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : undefined;
}

function text(value: unknown, fallback = ''): string {
  return typeof value === 'string' ? value : fallback;
}

function finite(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function temperature(value: unknown): Temperature {
  return (temperatures as readonly unknown[]).includes(value) ? (value as Temperature) : 'cold';
}

function engagementLevel(value: unknown): EngagementLevel | null {
  return (engagementLevels as readonly unknown[]).includes(value) ? (value as EngagementLevel) : null;
}

function strings(value: unknown): readonly string[] {
  if (!Array.isArray(value)) return [];
  return value.every((item) => typeof item === 'string') ? (value as string[]) : value.filter((item): item is string => typeof item === 'string');
}

/**
 * The row of a stored lead document, read field by field without a full schema parse: the
 * projection reads 100,000 of these at start-up, where a schema parse per document would cost
 * seconds. Tolerant of missing fields (defaults as the lead model has them); null only when the
 * document has no id.
 */
export function leadRowFromDocument(doc: unknown): ListRow | null {
  const fields = fieldsOf(doc);
  if (!fields || typeof fields.id !== 'string' || fields.id === '') return null;
  const company = fieldsOf(fields.company);
  const source = fieldsOf(fields.source);
  return {
    id: fields.id,
    name: text(fields.name),
    email: text(fields.email),
    phone: text(fields.phone),
    company: text(company?.name),
    country: text(fields.country),
    sourceCategory: text(source?.category),
    sourceChannel: text(source?.channel),
    group: text(fields.group, 'untouched'),
    stage: text(fields.stage, 'unknown'),
    score: finite(fields.score) ?? 0,
    temperature: temperature(fields.temperature),
    engagementLevel: engagementLevel(fields.engagementLevel),
    urgency: finite(fields.urgency) ?? 0,
    ownerId: text(fields.ownerId),
    tags: strings(fields.tags),
    lastActivityAt: finite(fields.lastActivityAt),
    createdAt: finite(fields.createdAt) ?? 0,
  };
}

/** True when both rows show the same thing (lets the projection skip no-op updates). */
export function sameRow(a: ListRow, b: ListRow): boolean {
  return (
    a.id === b.id &&
    a.name === b.name &&
    a.email === b.email &&
    a.phone === b.phone &&
    a.company === b.company &&
    a.country === b.country &&
    a.sourceCategory === b.sourceCategory &&
    a.sourceChannel === b.sourceChannel &&
    a.group === b.group &&
    a.stage === b.stage &&
    a.score === b.score &&
    a.temperature === b.temperature &&
    a.engagementLevel === b.engagementLevel &&
    a.urgency === b.urgency &&
    a.ownerId === b.ownerId &&
    a.lastActivityAt === b.lastActivityAt &&
    a.createdAt === b.createdAt &&
    a.tags.length === b.tags.length &&
    a.tags.every((tag, i) => tag === b.tags[i])
  );
}
