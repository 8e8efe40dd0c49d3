import { companyKey, emailKey, nameWords, phoneKey } from '../capture/duplicateKeys';
import { nameSimilarity, textSimilarity } from './similarity';

/** What the scan needs of a lead (the list projection's row has all of it). */
export interface DuplicateScanRow {
  id: string;
  name: string;
  email: string;
  phone: string;
  company: string;
}

/** Why leads may be one buyer, strongest first. */
export const duplicateLinkKinds = ['email', 'phone', 'name-company', 'similar-name', 'similar-company'] as const;
export type DuplicateLinkKind = (typeof duplicateLinkKinds)[number];

/** Leads that share a key (email, phone, name at a company) or look alike (names, companies). */
export interface DuplicateLink {
  kind: DuplicateLinkKind;
  /** Sorted, at least two. */
  leadIds: string[];
  /** The shared key: the address, the E.164 number, '' for names. */
  value: string;
  /** 1 for a shared key; below 1 for a fuzzy match (1 − edit distance ÷ length). */
  similarity: number;
}

/** A key so many leads share that it cannot identify one buyer (info@, a switchboard number). */
export interface CrowdedKey {
  kind: 'email' | 'phone' | 'name-company';
  value: string;
  count: number;
}

export interface DuplicateScanResult {
  links: DuplicateLink[];
  crowded: CrowdedKey[];
  /** Rows read. */
  scanned: number;
}

export interface DuplicateScanProgress {
  phase: 'reading' | 'comparing';
  done: number;
  total: number;
}

export interface DuplicateScanOptions {
  /** Country of stored phones that are not E.164 yet. */
  defaultCountry?: string;
  /** A key shared by more leads than this is reported as crowded, not as one buyer (50: the most one merge takes). */
  maxShare?: number;
  /** Names at least this alike count as the same person (0.85: one typo in seven letters). */
  nameThreshold?: number;
  /** Companies at least this alike count as the same company. */
  companyThreshold?: number;
  /** Distinct names in one company compared all against all up to this many; beyond, neighbours in sorted order only. */
  compareAllUpTo?: number;
  /** How many sorted neighbours each name or company is compared with in a big block. */
  window?: number;
  /** Units of work between progress reports (the caller pauses there to let the UI paint). */
  sliceSize?: number;
}

const defaults = { maxShare: 50, nameThreshold: 0.85, companyThreshold: 0.85, compareAllUpTo: 40, window: 8, sliceSize: 250 };

/** Fuzzy company matches need some substance: "AB" and "AC" are not alike. */
const minCompanyLength = 4;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Index pairs to compare among `count` sorted items: all of them, or each with its next `window`. */
function* comparisons(count: number, allUpTo: number, window: number): Generator<[number, number]> {
  const reach = count <= allUpTo ? count : window + 1;
  for (let i = 0; i < count; i++) {
    for (let j = i + 1; j < Math.min(count, i + reach); j++) yield [i, j];
  }
}

/**
 * Finds leads that are probably one buyer: the same email, the same phone (E.164), the same name
 * at the same company (legal forms, case, accents and word order aside), similar names at the
 * same company, or the same name at similar companies. Names and companies are compared inside
 * blocks (same company, resp. same name) so 100,000 leads cost seconds, not hours.
 *
 * A generator: it yields progress every `sliceSize` units of work, so the caller can run it in
 * slices between frames; its return value is the result. Deterministic for the same rows.
 */
export function* scanDuplicates(rows: readonly DuplicateScanRow[], options: DuplicateScanOptions = {}): Generator<DuplicateScanProgress, DuplicateScanResult, void> {
  const settings = { ...defaults, ...options };
  const byEmail = new Map<string, string[]>();
  const byPhone = new Map<string, string[]>();
  /** companyKey → sorted name key → ids; and the words of each name key. */
  const byCompany = new Map<string, Map<string, string[]>>();
  /** sorted name key → companyKey → ids. */
  const byName = new Map<string, Map<string, string[]>>();
  const wordsOf = new Map<string, string[]>();

  const total = rows.length;
  for (let i = 0; i < total; i++) {
    const row = rows[i] as DuplicateScanRow;
    const email = emailKey(row.email);
    if (email !== '') push(byEmail, email, row.id);
    const phone = phoneKey(row.phone, settings.defaultCountry);
    if (phone !== '') push(byPhone, phone, row.id);
    const words = nameWords(row.name);
    const company = companyKey(row.company);
    if (words.length > 0 && company !== '') {
      const nameKey = [...words].sort().join(' ');
      if (!wordsOf.has(nameKey)) wordsOf.set(nameKey, words);
      let names = byCompany.get(company);
      if (!names) byCompany.set(company, (names = new Map()));
      push(names, nameKey, row.id);
      let companies = byName.get(nameKey);
      if (!companies) byName.set(nameKey, (companies = new Map()));
      push(companies, company, row.id);
    }
    if ((i + 1) % settings.sliceSize === 0) yield { phase: 'reading', done: i + 1, total };
  }

  const links: DuplicateLink[] = [];
  const crowded: CrowdedKey[] = [];
  const shared = (kind: CrowdedKey['kind'], value: string, ids: readonly string[], linkValue = value): void => {
    if (ids.length < 2) return;
    const unique = [...new Set(ids)].sort(byText);
    if (unique.length < 2) return;
    if (unique.length > settings.maxShare) crowded.push({ kind, value, count: unique.length });
    else links.push({ kind, leadIds: unique, value: linkValue, similarity: 1 });
  };
  const alike = (kind: 'similar-name' | 'similar-company', a: readonly string[], b: readonly string[], similarity: number): void => {
    const unique = [...new Set([...a, ...b])].sort(byText);
    // A huge block of alike records is a pattern (a generic name), not one buyer.
    if (unique.length <= settings.maxShare) links.push({ kind, leadIds: unique, value: '', similarity: Math.round(similarity * 1000) / 1000 });
  };

  const blocks = byEmail.size + byPhone.size + byCompany.size + byName.size;
  let work = 0;
  let done = 0;
  for (const keys of [byEmail, byPhone]) {
    const kind = keys === byEmail ? 'email' : 'phone';
    for (const [value, ids] of keys) {
      shared(kind, value, ids);
      done++;
      if (++work % settings.sliceSize === 0) yield { phase: 'comparing', done, total: blocks };
    }
  }
  const sortedKeys = <V>(map: Map<string, V>): string[] => [...map.keys()].sort(byText);

  // Same company: the same name is a shared key; alike names are a fuzzy link.
  for (const company of sortedKeys(byCompany)) {
    const names = byCompany.get(company) as Map<string, string[]>;
    const keys = sortedKeys(names);
    for (const key of keys) shared('name-company', `${key} | ${company}`, names.get(key) as string[], '');
    for (const [i, j] of comparisons(keys.length, settings.compareAllUpTo, settings.window)) {
      const a = keys[i] as string;
      const b = keys[j] as string;
      const similarity = nameSimilarity(wordsOf.get(a) ?? [], wordsOf.get(b) ?? []);
      if (similarity >= settings.nameThreshold) alike('similar-name', names.get(a) as string[], names.get(b) as string[], similarity);
      if (++work % settings.sliceSize === 0) yield { phase: 'comparing', done, total: blocks };
    }
    done++;
    if (++work % settings.sliceSize === 0) yield { phase: 'comparing', done, total: blocks };
  }

  // Same name: alike companies are a fuzzy link (equal ones were found above).
  for (const name of sortedKeys(byName)) {
    const companies = byName.get(name) as Map<string, string[]>;
    const keys = sortedKeys(companies);
    for (const [i, j] of comparisons(keys.length, settings.compareAllUpTo, settings.window)) {
      const a = keys[i] as string;
      const b = keys[j] as string;
      if (a.length >= minCompanyLength && b.length >= minCompanyLength) {
        const similarity = textSimilarity(a, b);
        if (similarity >= settings.companyThreshold) alike('similar-company', companies.get(a) as string[], companies.get(b) as string[], similarity);
      }
      if (++work % settings.sliceSize === 0) yield { phase: 'comparing', done, total: blocks };
    }
    done++;
    if (++work % settings.sliceSize === 0) yield { phase: 'comparing', done, total: blocks };
  }

  crowded.sort((a, b) => b.count - a.count || byText(a.value, b.value));
  return { links, crowded, scanned: total };
}

/** Runs a scan to the end at once (tests, small data). */
export function scanDuplicatesNow(rows: readonly DuplicateScanRow[], options: DuplicateScanOptions = {}): DuplicateScanResult {
  const scan = scanDuplicates(rows, options);
  for (;;) {
    const step = scan.next();
    if (step.done) return step.value;
  }
}
