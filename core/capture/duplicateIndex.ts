import { emailKey, nameCompanyKeys, phoneKey } from './duplicateKeys';

/** What the index needs of a lead. */
export interface DuplicateRow {
  id: string;
  name: string;
  email: string;
  phone: string;
  companyName: string;
}

export interface DuplicateCandidate {
  name?: string;
  email?: string;
  phone?: string;
  companyName?: string;
}

export const duplicateReasons = ['same email', 'same phone', 'same name and company'] as const;
export type DuplicateReason = (typeof duplicateReasons)[number];

export interface DuplicateMatch {
  /** Id of the existing lead. */
  id: string;
  /** Strongest first. */
  reasons: DuplicateReason[];
}

export interface DuplicateLookupOptions {
  /** Country of a candidate phone typed without a country code. */
  defaultCountry?: string;
  /** The lead being edited, which is not a duplicate of itself. */
  excludeId?: string;
  /** At most this many matches (strongest first); 20 unless given. */
  limit?: number;
}

interface RowKeys {
  email: string;
  phone: string;
  nameCompany: string[];
}

/** Most keys point at one lead: keep a plain id, and an array only when leads share a key. */
type Bucket = string | string[];

function addTo(map: Map<string, Bucket>, key: string, id: string): void {
  if (key === '') return;
  const bucket = map.get(key);
  if (bucket === undefined) map.set(key, id);
  else if (typeof bucket === 'string') {
    if (bucket !== id) map.set(key, [bucket, id]);
  } else if (!bucket.includes(id)) bucket.push(id);
}

function removeFrom(map: Map<string, Bucket>, key: string, id: string): void {
  if (key === '') return;
  const bucket = map.get(key);
  if (bucket === undefined) return;
  if (typeof bucket === 'string') {
    if (bucket === id) map.delete(key);
    return;
  }
  const rest = bucket.filter((other) => other !== id);
  if (rest.length === 0) map.delete(key);
  else map.set(key, rest.length === 1 ? (rest[0] ?? '') : rest);
}

function idsIn(bucket: Bucket | undefined): readonly string[] {
  if (bucket === undefined) return [];
  return typeof bucket === 'string' ? [bucket] : bucket;
}

/**
 * In-memory index of leads by email, phone and name + company, for flagging duplicates while a
 * lead is typed. Lookups and updates cost the same with 100 or 100,000 leads.
 */
export class DuplicateIndex {
  private readonly byEmail = new Map<string, Bucket>();
  private readonly byPhone = new Map<string, Bucket>();
  private readonly byNameCompany = new Map<string, Bucket>();
  private readonly rows = new Map<string, RowKeys>();
  private readonly defaultCountry: string | undefined;

  /** `defaultCountry` reads stored phones that are not yet E.164. */
  constructor(rows: Iterable<DuplicateRow> = [], defaultCountry?: string) {
    this.defaultCountry = defaultCountry;
    for (const row of rows) this.add(row);
  }

  /** Builds the index from lead documents. */
  static fromLeads(
    leads: Iterable<{ id: string; name: string; email: string; phone: string; company: { name: string } }>,
    defaultCountry?: string,
  ): DuplicateIndex {
    const index = new DuplicateIndex([], defaultCountry);
    for (const lead of leads) index.add({ id: lead.id, name: lead.name, email: lead.email, phone: lead.phone, companyName: lead.company.name });
    return index;
  }

  get size(): number {
    return this.rows.size;
  }

  has(id: string): boolean {
    return this.rows.has(id);
  }

  /** Adds a lead, or replaces what the index knew of it. */
  add(row: DuplicateRow): void {
    if (this.rows.has(row.id)) this.remove(row.id);
    const keys: RowKeys = {
      email: emailKey(row.email),
      phone: phoneKey(row.phone, this.defaultCountry),
      nameCompany: nameCompanyKeys(row.name, row.companyName),
    };
    this.rows.set(row.id, keys);
    addTo(this.byEmail, keys.email, row.id);
    addTo(this.byPhone, keys.phone, row.id);
    for (const key of keys.nameCompany) addTo(this.byNameCompany, key, row.id);
  }

  /** Same as add: the lead's new values replace the old ones. */
  update(row: DuplicateRow): void {
    this.add(row);
  }

  /** Forgets a lead; false when it was not indexed. */
  remove(id: string): boolean {
    const keys = this.rows.get(id);
    if (!keys) return false;
    removeFrom(this.byEmail, keys.email, id);
    removeFrom(this.byPhone, keys.phone, id);
    for (const key of keys.nameCompany) removeFrom(this.byNameCompany, key, id);
    this.rows.delete(id);
    return true;
  }

  /** Leads that may be the same buyer as the candidate, strongest evidence first. */
  find(candidate: DuplicateCandidate, options: DuplicateLookupOptions = {}): DuplicateMatch[] {
    const found = new Map<string, DuplicateReason[]>();
    const note = (ids: readonly string[], reason: DuplicateReason): void => {
      for (const id of ids) {
        if (id === options.excludeId) continue;
        const reasons = found.get(id);
        if (!reasons) found.set(id, [reason]);
        else if (!reasons.includes(reason)) reasons.push(reason);
      }
    };
    const email = emailKey(candidate.email ?? '');
    if (email !== '') note(idsIn(this.byEmail.get(email)), 'same email');
    const phone = phoneKey(candidate.phone ?? '', options.defaultCountry ?? this.defaultCountry);
    if (phone !== '') note(idsIn(this.byPhone.get(phone)), 'same phone');
    for (const key of nameCompanyKeys(candidate.name ?? '', candidate.companyName ?? '')) {
      note(idsIn(this.byNameCompany.get(key)), 'same name and company');
    }
    const strength = (reasons: DuplicateReason[]): number =>
      reasons.reduce((sum, reason) => sum + (reason === 'same email' ? 4 : reason === 'same phone' ? 2 : 1), 0);
    return [...found]
      .map(([id, reasons]) => ({ id, reasons: [...reasons].sort((a, b) => duplicateReasons.indexOf(a) - duplicateReasons.indexOf(b)) }))
      .sort((a, b) => strength(b.reasons) - strength(a.reasons) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, Math.max(0, options.limit ?? 20));
  }
}

