import type { JsonValue } from '../model/json';
import type { Lead } from '../model/lead';

/**
 * The fields conversion copies, on each side. `customFields.<key>` names a custom field on any
 * side. Kinds say which values fit where: tags only into tags, consent only into consent; text,
 * numbers, countries and custom values convert into each other where the value allows.
 */
export type FieldKind = 'text' | 'number' | 'country' | 'tags' | 'consent' | 'custom';
export type ConversionTarget = 'contact' | 'account';

export interface FieldInfo {
  path: string;
  label: string;
  kind: FieldKind;
  /** Longest text the target field takes (the model's limit). */
  max?: number;
}

export const customPrefix = 'customFields.';

export const leadSourceFields: readonly FieldInfo[] = [
  { path: 'name', label: 'Name', kind: 'text' },
  { path: 'email', label: 'Email', kind: 'text' },
  { path: 'phone', label: 'Phone', kind: 'text' },
  { path: 'jobTitle', label: 'Job title', kind: 'text' },
  { path: 'department', label: 'Department', kind: 'text' },
  { path: 'country', label: 'Country', kind: 'country' },
  { path: 'tags', label: 'Tags', kind: 'tags' },
  { path: 'consent', label: 'Consent (opt-in, unsubscribed, bounced)', kind: 'consent' },
  { path: 'company.name', label: 'Company', kind: 'text' },
  { path: 'company.website', label: 'Company website', kind: 'text' },
  { path: 'company.industry', label: 'Industry', kind: 'text' },
  { path: 'company.size', label: 'Company size (employees)', kind: 'number' },
  { path: 'company.annualRevenue', label: 'Annual revenue (USD)', kind: 'number' },
  { path: 'source.event', label: 'Event met at', kind: 'text' },
];

export const targetFields: Readonly<Record<ConversionTarget, readonly FieldInfo[]>> = {
  contact: [
    { path: 'name', label: 'Name', kind: 'text', max: 200 },
    { path: 'email', label: 'Email', kind: 'text', max: 254 },
    { path: 'phone', label: 'Phone', kind: 'text', max: 32 },
    { path: 'jobTitle', label: 'Job title', kind: 'text', max: 200 },
    { path: 'department', label: 'Department', kind: 'text', max: 200 },
    { path: 'country', label: 'Country', kind: 'country' },
    { path: 'tags', label: 'Tags', kind: 'tags' },
    { path: 'consent', label: 'Consent', kind: 'consent' },
  ],
  account: [
    { path: 'name', label: 'Name', kind: 'text', max: 200 },
    { path: 'website', label: 'Website', kind: 'text', max: 500 },
    { path: 'industry', label: 'Industry', kind: 'text', max: 200 },
    { path: 'size', label: 'Size (employees)', kind: 'number' },
    { path: 'annualRevenue', label: 'Annual revenue (USD)', kind: 'number' },
    { path: 'country', label: 'Country', kind: 'country' },
    { path: 'phone', label: 'Phone', kind: 'text', max: 32 },
    { path: 'address', label: 'Address', kind: 'text', max: 1000 },
    { path: 'tags', label: 'Tags', kind: 'tags' },
  ],
};

/** A custom field's key: what follows "customFields.", 1–60 characters. */
export function customKey(path: string): string | null {
  if (!path.startsWith(customPrefix)) return null;
  const key = path.slice(customPrefix.length);
  return key.length >= 1 && key.length <= 60 ? key : null;
}

export function leadFieldInfo(path: string): FieldInfo | null {
  const key = customKey(path);
  if (key !== null) return { path, label: `${key} (custom)`, kind: 'custom' };
  return leadSourceFields.find((field) => field.path === path) ?? null;
}

export function targetFieldInfo(target: ConversionTarget, path: string): FieldInfo | null {
  const key = customKey(path);
  if (key !== null) return { path, label: `${key} (custom)`, kind: 'custom' };
  return targetFields[target].find((field) => field.path === path) ?? null;
}

/** Whether values of one kind can go into a field of the other. */
export function kindsFit(from: FieldKind, to: FieldKind): boolean {
  if (from === 'tags' || to === 'tags' || from === 'consent' || to === 'consent') return from === to;
  return true;
}

/** The lead's value at a path (custom fields included); undefined for an unknown path. */
export function readLeadValue(lead: Lead, path: string): JsonValue | undefined {
  const key = customKey(path);
  if (key !== null) return lead.customFields[key] ?? null;
  let value: unknown = lead;
  for (const part of path.split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value === undefined ? undefined : (value as JsonValue);
}

/** Nothing worth copying: blank text, no number, no tags, consent never given. */
export function isEmptyValue(value: JsonValue | undefined): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value).every((inner) => inner === false || isEmptyValue(inner));
  return false;
}

/**
 * The value as the target field takes it, or undefined when it cannot be ("12 units" into a
 * number, "Germany" into a country code). Text is trimmed and cut to the field's limit.
 */
export function convertValue(value: JsonValue, field: FieldInfo): JsonValue | undefined {
  switch (field.kind) {
    case 'tags':
      return Array.isArray(value) ? value.filter((tag): tag is string => typeof tag === 'string') : undefined;
    case 'consent':
      return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
    case 'number': {
      // Sizes and revenues are never negative.
      if (typeof value === 'number') return value >= 0 ? value : undefined;
      if (typeof value !== 'string' || value.trim() === '') return value === null ? null : undefined;
      const parsed = Number(value.replace(/[,\s]/g, ''));
      return Number.isFinite(parsed) && parsed >= 0 ? parsed : undefined;
    }
    case 'country': {
      const text = typeof value === 'string' ? value.trim().toUpperCase() : '';
      return /^[A-Z]{2}$/.test(text) || text === '' ? text : undefined;
    }
    case 'text':
      if (typeof value === 'string') return value.trim().slice(0, field.max ?? 200);
      if (typeof value === 'number' || typeof value === 'boolean') return String(value).slice(0, field.max ?? 200);
      return value === null ? '' : undefined;
    case 'custom':
      if (typeof value === 'string') return value.slice(0, 2000);
      return typeof value === 'number' || typeof value === 'boolean' || value === null ? value : undefined;
  }
}
