import { jsonEqual } from '../changes/jsonEqual';
import { account as accountModel, type Account } from '../model/account';
import { contact as contactModel, type Contact } from '../model/contact';
import type { JsonObject, JsonValue } from '../model/json';
import type { Lead } from '../model/lead';
import { convertValue, customKey, isEmptyValue, leadFieldInfo, readLeadValue, targetFieldInfo, type ConversionTarget } from './conversionFields';
import type { ConversionMapping, MappingLine } from './conversionMapping';

/** For each of contact and account: a new record, or an existing one (fields to overwrite named by path). */
export type RecordChoice<T> = { mode: 'new'; id: string } | { mode: 'existing'; record: T; overwrite: readonly string[] };

export interface ConversionInput {
  lead: Lead;
  mapping: ConversionMapping;
  contact: RecordChoice<Contact>;
  /** null: no account (the lead names no company, or the seller chose none). */
  account: RecordChoice<Account> | null;
  now: number;
  owner: { ownerId: string; teamId: string };
}

/**
 * set: a new record gets the value; fill: the existing record's field is empty and gets it;
 * keep: the existing record keeps its own value; overwrite: the seller chose the lead's value;
 * same: both hold it already; empty: the lead has nothing to bring; unconvertible: the value does
 * not fit the field ("twelve" into a number), so it is left out.
 */
export type FieldAction = 'set' | 'fill' | 'keep' | 'overwrite' | 'same' | 'empty' | 'unconvertible';

export interface PreviewLine {
  from: string;
  fromLabel: string;
  target: ConversionTarget;
  to: string;
  toLabel: string;
  /** The lead's value as the target field takes it (the raw value when unconvertible). */
  value: JsonValue;
  /** The existing record's value; null for a new record. */
  current: JsonValue | null;
  action: FieldAction;
}

export interface ConversionPlan {
  lines: PreviewLine[];
  contact: Contact;
  account: Account | null;
  /** The lead's link and group once converted. */
  leadPatch: { group: 'customer'; conversion: { contactId: string; accountId: string | null; convertedAt: number } };
  /** Why the conversion cannot go ahead as chosen; empty when it can. */
  problems: string[];
  label: string;
}

/** The mapping's lines plus one per custom field of the lead not named in a line (otherCustomFields). */
export function effectiveLines(lead: Lead, mapping: ConversionMapping): MappingLine[] {
  const lines = [...mapping.lines];
  if (mapping.otherCustomFields === 'skip') return lines;
  const named = new Set(lines.map((line) => line.from));
  const taken = new Set(lines.map((line) => `${line.target}:${line.to}`));
  for (const key of Object.keys(lead.customFields).sort()) {
    const path = `customFields.${key}`;
    if (named.has(path) || taken.has(`${mapping.otherCustomFields}:${path}`)) continue;
    lines.push({ from: path, target: mapping.otherCustomFields, to: path });
  }
  return lines;
}

function readTarget(record: Contact | Account, path: string): JsonValue {
  const key = customKey(path);
  if (key !== null) return record.customFields[key] ?? null;
  return ((record as unknown as Record<string, JsonValue | undefined>)[path] ?? null);
}

function writeTarget(fields: JsonObject, customFields: JsonObject, path: string, value: JsonValue): void {
  const key = customKey(path);
  if (key !== null) customFields[key] = value;
  else fields[path] = value;
}

function decide(value: JsonValue | undefined, current: JsonValue | null, existing: boolean, overwrite: boolean): FieldAction {
  if (value === undefined) return 'unconvertible';
  if (isEmptyValue(value)) return 'empty';
  if (!existing) return 'set';
  if (isEmptyValue(current ?? null)) return 'fill';
  if (jsonEqual(current ?? null, value)) return 'same';
  return overwrite ? 'overwrite' : 'keep';
}

const writes: ReadonlySet<FieldAction> = new Set<FieldAction>(['set', 'fill', 'overwrite']);

/**
 * The whole conversion worked out without touching anything: the preview lines, the contact and
 * the account as they will be stored, the lead's link. Only empty fields of an existing record
 * are filled, unless the seller named the field in `overwrite`.
 */
export function planConversion(input: ConversionInput): ConversionPlan {
  const { lead, now, owner } = input;
  const contactId = input.contact.mode === 'new' ? input.contact.id : input.contact.record.id;
  const accountId = input.account === null ? null : input.account.mode === 'new' ? input.account.id : input.account.record.id;
  const lines: PreviewLine[] = [];
  const fields: Record<ConversionTarget, JsonObject> = { contact: {}, account: {} };
  const custom: Record<ConversionTarget, JsonObject> = { contact: {}, account: {} };
  const choices = { contact: input.contact, account: input.account };

  for (const line of effectiveLines(lead, input.mapping)) {
    const choice = choices[line.target];
    const fromInfo = leadFieldInfo(line.from);
    const toInfo = targetFieldInfo(line.target, line.to);
    if (choice === null || !fromInfo || !toInfo) continue;
    const raw = readLeadValue(lead, line.from) ?? null;
    const value = convertValue(raw, toInfo);
    const existing = choice.mode === 'existing' ? choice.record : null;
    const current = existing ? readTarget(existing, line.to) : null;
    const action = decide(value, current, existing !== null, choice.mode === 'existing' && choice.overwrite.includes(line.to));
    lines.push({ from: line.from, fromLabel: fromInfo.label, target: line.target, to: line.to, toLabel: toInfo.label, value: value ?? raw, current, action });
    if (value !== undefined && writes.has(action)) writeTarget(fields[line.target], custom[line.target], line.to, value);
  }

  const problems: string[] = [];
  const contact = buildContact(input, contactId, accountId, fields.contact, custom.contact, problems);
  const account = input.account === null ? null : buildAccount(input.account, accountId ?? '', contactId, fields.account, custom.account, problems);
  const who = lead.name || lead.email || lead.company.name || 'the lead';
  const where = account ? ` at ${account.name}` : '';
  const label = `Converted ${who} into ${input.contact.mode === 'new' ? 'a new contact' : `contact ${input.contact.record.name || input.contact.record.email}`}${where}`.slice(0, 300);
  return { lines, contact, account, leadPatch: { group: 'customer', conversion: { contactId, accountId, convertedAt: now } }, problems, label };

  function buildContact(choiceInput: ConversionInput, id: string, linkTo: string | null, set: JsonObject, customSet: JsonObject, out: string[]): Contact {
    const choice = choiceInput.contact;
    const primary = choiceInput.account === null ? false : choiceInput.account.mode === 'new' || choiceInput.account.record.primaryContactId === null || choiceInput.account.record.primaryContactId === id;
    const base =
      choice.mode === 'new'
        ? { id, ...owner, createdAt: now, leadId: lead.id, convertedAt: now, customFields: {} }
        : { ...choice.record, leadId: choice.record.leadId || lead.id, convertedAt: choice.record.convertedAt ?? now };
    const candidate = {
      ...base,
      ...set,
      accountId: linkTo ?? (choice.mode === 'existing' ? choice.record.accountId : null),
      isPrimary: choice.mode === 'existing' ? choice.record.isPrimary || primary : primary,
      customFields: { ...base.customFields, ...customSet },
      updatedAt: Math.max(now, choice.mode === 'existing' ? choice.record.updatedAt : now),
    };
    const parsed = contactModel.safeParse(candidate);
    if (parsed.success) return parsed.data;
    out.push(`The contact would not be valid: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
    return contactModel.parse({ id, ...owner, createdAt: now, updatedAt: now, leadId: lead.id });
  }

  function buildAccount(choice: RecordChoice<Account>, id: string, primaryId: string, set: JsonObject, customSet: JsonObject, out: string[]): Account {
    const base =
      choice.mode === 'new' ? { id, ...owner, createdAt: now, sourceLeadId: lead.id, primaryContactId: primaryId, customFields: {} } : { ...choice.record, primaryContactId: choice.record.primaryContactId ?? primaryId };
    const candidate = { ...base, ...set, customFields: { ...base.customFields, ...customSet }, updatedAt: Math.max(now, choice.mode === 'existing' ? choice.record.updatedAt : now) };
    const parsed = accountModel.safeParse(candidate);
    if (parsed.success) return parsed.data;
    const nameMissing = parsed.error.issues.some((issue) => issue.path[0] === 'name');
    out.push(nameMissing ? 'The lead names no company, so a new account has no name: choose an existing account or none' : `The account would not be valid: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
    return { ...(choice.mode === 'existing' ? choice.record : accountModel.parse({ id, ...owner, createdAt: now, updatedAt: now, name: 'Unnamed' })) };
  }
}
