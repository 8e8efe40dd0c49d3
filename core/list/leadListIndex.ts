import { FacetCounts, facetKey, facetPredicate } from './facets';
import { sameRow } from './leadRow';
import { engagementRank, temperatureRank } from './levelRanks';
import { patchMatches, patchOrder } from './orderPatch';
import { RankedValues, rankNumbers, sortByRank } from './rankedValues';
import { matchesTerms, narrows, searchTerms, searchTextOf } from './searchText';
import { sourceLabel } from './sourceLabel';
import type { ListColumn, ListFacets, ListFilters, ListQuery, ListRow, ListSort } from './types';

export interface LeadListIndexOptions {
  /** BCP 47 locale for sorting text; defaults to 'en'. */
  locale?: string;
}

type RowFilter = ((row: ListRow) => boolean) | null;

/** Results derived from the rows; patched when a few rows change, dropped when many do. */
interface Caches {
  defaultOrder?: Int32Array;
  orders: Map<string, Int32Array>;
  facetMatches: Map<string, { filter: RowFilter; slots: Int32Array | null }>;
  searches: Map<string, { facetKey: string; filter: RowFilter; terms: string[]; slots: Int32Array }>;
}

/** How many searches are kept for narrowing and for backspace. */
const searchCacheSize = 32;

type NumberColumn = 'score' | 'temperature' | 'engagementLevel' | 'urgency' | 'lastActivityAt';
type TextColumn = Exclude<ListColumn, NumberColumn>;

const textValue: Record<TextColumn, (row: ListRow) => string> = {
  name: (row) => row.name,
  company: (row) => row.company,
  country: (row) => row.country,
  source: sourceLabel,
  group: (row) => row.group,
  stage: (row) => row.stage,
  tags: (row) => row.tags.join(', '),
};

function isTextColumn(column: ListColumn): column is TextColumn {
  return !(column in numberValue);
}

/** Numeric sort values; NaN = empty (never had activity, engagement not assessed). */
const numberValue: Record<NumberColumn, (row: ListRow) => number> = {
  score: (row) => row.score,
  temperature: (row) => temperatureRank[row.temperature],
  engagementLevel: (row) => (row.engagementLevel === null ? Number.NaN : engagementRank[row.engagementLevel]),
  urgency: (row) => row.urgency,
  lastActivityAt: (row) => row.lastActivityAt ?? Number.NaN,
};

/**
 * The in-memory list of all leads as compact rows, with search, facet filters and sorting fast
 * enough for every keystroke over 100,000 rows. Pure: the renderer feeds it rows and asks it
 * questions; it keeps no clock and does no I/O.
 *
 * Rows live in slots that keep their number until compaction, so cached results (sorted orders
 * per column and direction, facet filter matches, recent searches) survive a change of a few
 * rows: they are patched in O(n) with a binary search per changed row. A sort is built once per
 * column as a counting sort over integer ranks of the distinct values (the collator runs only on
 * values not seen before), with newest-first as the tie-break. A search that extends an earlier
 * one ("acm" → "acme") scans only the earlier matches.
 */
export class LeadListIndex {
  private slots: (ListRow | undefined)[] = [];
  /** Search text per slot; after replaceAll it is built on first need (see searchTexts). */
  private texts: string[] = [];
  private textsComplete = true;
  private readonly slotOf = new Map<string, number>();
  private currentVersion = 0;
  private readonly counts = new FacetCounts();
  /** Slots whose row changed since the caches were last brought up to date. */
  private readonly changed = new Set<number>();
  private caches: Caches = emptyCaches();
  private cachedFacets: { version: number; facets: ListFacets } | undefined;
  private lastQuery: { version: number; key: string; result: readonly ListRow[] } | undefined;
  private readonly compareText: (a: string, b: string) => number;
  private readonly textRanks = new Map<TextColumn, RankedValues<string>>();

  constructor(options: LeadListIndexOptions = {}) {
    const collator = new Intl.Collator(options.locale ?? 'en', { sensitivity: 'base', numeric: true });
    // Collator-equal values ("Jose", "josé") still need a fixed order for binary search.
    this.compareText = (a, b) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
  }

  /** Increases whenever any row changes. */
  get version(): number {
    return this.currentVersion;
  }

  get size(): number {
    return this.slotOf.size;
  }

  get(id: string): ListRow | undefined {
    const slot = this.slotOf.get(id);
    return slot === undefined ? undefined : this.slots[slot];
  }

  /** All rows, in a stable order (for snapshots). */
  allRows(): ListRow[] {
    const rows: ListRow[] = [];
    for (const row of this.slots) if (row) rows.push(row);
    return rows;
  }

  /** Replaces every row (initial load). */
  replaceAll(rows: readonly ListRow[]): void {
    this.slots = [];
    this.texts = [];
    this.slotOf.clear();
    this.counts.clear();
    this.changed.clear();
    this.caches = emptyCaches();
    // The search texts of a whole list cost ~0.1 s per 100,000 rows: not on the way to the
    // first rows on screen. They are built on the first search, or earlier by prepareSearch.
    this.textsComplete = false;
    for (const row of rows) this.upsertRow(row);
    this.changed.clear();
    this.currentVersion += 1;
  }

  /**
   * Builds up to `budget` missing search texts; true when all are built. Lets the caller
   * spread the work over idle time so the first search is instant too.
   */
  prepareSearch(budget = Number.POSITIVE_INFINITY): boolean {
    if (this.textsComplete) return true;
    let built = 0;
    for (let slot = this.texts.length; slot < this.slots.length; slot++) {
      if (built >= budget) return false;
      const row = this.slots[slot];
      this.texts.push(row ? searchTextOf(row) : '');
      built += 1;
    }
    this.textsComplete = true;
    return true;
  }

  private searchTexts(): string[] {
    this.prepareSearch();
    return this.texts;
  }

  /** Applies a batch of changes; returns true (and bumps the version) when anything changed. */
  apply(upserts: readonly ListRow[], removedIds: readonly string[]): boolean {
    let changed = false;
    for (const id of removedIds) if (this.removeRow(id)) changed = true;
    for (const row of upserts) if (this.upsertRow(row)) changed = true;
    if (!changed) return false;
    this.currentVersion += 1;
    const holes = this.slots.length - this.slotOf.size;
    if (holes > 1024 && holes > this.slotOf.size / 4) this.replaceAll(this.allRows());
    return true;
  }

  query(query: ListQuery): readonly ListRow[] {
    const key = queryKey(query);
    if (this.lastQuery?.version === this.currentVersion && this.lastQuery.key === key) return this.lastQuery.result;
    this.syncCaches();
    const matches = this.matching(query.filters);
    const order = query.sort ? this.columnOrder(query.sort) : this.defaultOrder();
    const result: ListRow[] = [];
    if (matches === null) {
      for (let i = 0; i < order.length; i++) result.push(this.slots[order[i] as number] as ListRow);
    } else if (matches.length > 0) {
      const selected = new Uint8Array(this.slots.length);
      for (let i = 0; i < matches.length; i++) selected[matches[i] as number] = 1;
      for (let i = 0; i < order.length; i++) {
        const slot = order[i] as number;
        if (selected[slot] === 1) result.push(this.slots[slot] as ListRow);
      }
    }
    this.lastQuery = { version: this.currentVersion, key, result };
    return result;
  }

  facets(): ListFacets {
    if (this.cachedFacets?.version !== this.currentVersion) {
      this.cachedFacets = { version: this.currentVersion, facets: this.counts.facets(this.compareText) };
    }
    return this.cachedFacets.facets;
  }

  private upsertRow(row: ListRow): boolean {
    const slot = this.slotOf.get(row.id);
    if (slot === undefined) {
      const newSlot = this.slots.length;
      this.slotOf.set(row.id, newSlot);
      this.slots.push(row);
      if (this.textsComplete) this.texts.push(searchTextOf(row));
      this.counts.add(row, 1);
      this.changed.add(newSlot);
      return true;
    }
    const previous = this.slots[slot] as ListRow;
    if (sameRow(previous, row)) return false;
    this.counts.add(previous, -1);
    this.counts.add(row, 1);
    this.slots[slot] = row;
    if (slot < this.texts.length) this.texts[slot] = searchTextOf(row);
    this.changed.add(slot);
    return true;
  }

  private removeRow(id: string): boolean {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return false;
    this.counts.add(this.slots[slot] as ListRow, -1);
    this.slots[slot] = undefined;
    if (slot < this.texts.length) this.texts[slot] = '';
    this.slotOf.delete(id);
    this.changed.add(slot);
    return true;
  }

  /** Patches the cached results for the changed slots, or drops them when too many changed. */
  private syncCaches(): void {
    if (this.changed.size === 0) return;
    if (this.changed.size > Math.max(1000, this.slotOf.size / 8)) {
      this.caches = emptyCaches();
      this.changed.clear();
      return;
    }
    const mask = new Uint8Array(this.slots.length);
    const added: number[] = [];
    for (const slot of this.changed) {
      mask[slot] = 1;
      if (this.slots[slot]) added.push(slot);
    }
    this.changed.clear();
    const caches = this.caches;
    if (caches.defaultOrder) caches.defaultOrder = patchOrder(caches.defaultOrder, mask, added, this.compareDefault);
    for (const [key, order] of caches.orders) {
      const [column, direction] = key.split(':') as [ListColumn, 'asc' | 'desc'];
      caches.orders.set(key, patchOrder(order, mask, added, this.columnComparator({ column, direction })));
    }
    for (const entry of caches.facetMatches.values()) {
      const filter = entry.filter;
      if (entry.slots && filter) entry.slots = patchMatches(entry.slots, mask, added, (slot) => filter(this.slots[slot] as ListRow));
    }
    for (const entry of caches.searches.values()) {
      const { filter, terms } = entry;
      const texts = this.searchTexts();
      entry.slots = patchMatches(entry.slots, mask, added, (slot) => (!filter || filter(this.slots[slot] as ListRow)) && matchesTerms(texts[slot] as string, terms));
    }
  }

  /** Slots (ascending) of rows passing the filters, or null for "all rows". */
  private matching(filters: ListFilters): Int32Array | null {
    const caches = this.caches;
    const facets = facetKey(filters);
    let facet = caches.facetMatches.get(facets);
    if (!facet) {
      const filter = facetPredicate(filters);
      facet = { filter, slots: filter ? this.slotsWhere((slot, row) => filter(row)) : null };
      caches.facetMatches.set(facets, facet);
    }
    const terms = searchTerms(filters.search);
    if (terms.length === 0) return facet.slots;
    const searchKey = `${facets}\u0000${terms.join('\u0001')}`;
    const cached = caches.searches.get(searchKey);
    if (cached) return cached.slots;
    // Narrow from the smallest earlier result that is known to contain every match.
    let candidates = facet.slots;
    for (const earlier of caches.searches.values()) {
      if (earlier.facetKey !== facets || !narrows(earlier.terms, terms)) continue;
      if (candidates === null || earlier.slots.length < candidates.length) candidates = earlier.slots;
    }
    const texts = this.searchTexts();
    let slots: Int32Array;
    if (candidates === null) {
      slots = this.slotsWhere((slot) => matchesTerms(texts[slot] as string, terms));
    } else {
      const from = candidates;
      const out = new Int32Array(from.length);
      let found = 0;
      for (let i = 0; i < from.length; i++) {
        const slot = from[i] as number;
        if (matchesTerms(texts[slot] as string, terms)) out[found++] = slot;
      }
      slots = out.slice(0, found);
    }
    if (caches.searches.size >= searchCacheSize) {
      const oldest = caches.searches.keys().next();
      if (!oldest.done) caches.searches.delete(oldest.value);
    }
    caches.searches.set(searchKey, { facetKey: facets, filter: facet.filter, terms, slots });
    return slots;
  }

  private slotsWhere(test: (slot: number, row: ListRow) => boolean): Int32Array {
    const out = new Int32Array(this.slotOf.size);
    let found = 0;
    for (let slot = 0; slot < this.slots.length; slot++) {
      const row = this.slots[slot];
      if (row && test(slot, row)) out[found++] = slot;
    }
    return out.slice(0, found);
  }

  /** Newest first, then by slot: the order without a sort and the tie-break of every sort. */
  private readonly compareDefault = (a: number, b: number): number =>
    (this.slots[b] as ListRow).createdAt - (this.slots[a] as ListRow).createdAt || a - b;

  private columnComparator(sort: ListSort): (a: number, b: number) => number {
    const sign = sort.direction === 'asc' ? 1 : -1;
    const column = sort.column;
    if (isTextColumn(column)) {
      const valueOf = textValue[column];
      return (a, b) => {
        const va = valueOf(this.slots[a] as ListRow);
        const vb = valueOf(this.slots[b] as ListRow);
        if (va === '' || vb === '') return va === vb ? this.compareDefault(a, b) : va === '' ? 1 : -1;
        return sign * this.compareText(va, vb) || this.compareDefault(a, b);
      };
    }
    const valueOf = numberValue[column];
    return (a, b) => {
      const va = valueOf(this.slots[a] as ListRow);
      const vb = valueOf(this.slots[b] as ListRow);
      const emptyA = Number.isNaN(va);
      const emptyB = Number.isNaN(vb);
      if (emptyA || emptyB) return emptyA === emptyB ? this.compareDefault(a, b) : emptyA ? 1 : -1;
      return sign * (va - vb) || this.compareDefault(a, b);
    };
  }

  private defaultOrder(): Int32Array {
    if (!this.caches.defaultOrder) {
      const count = this.slots.length;
      const live = new Int32Array(this.slotOf.size);
      const createdAt = new Float64Array(count);
      let next = 0;
      for (let slot = 0; slot < count; slot++) {
        const row = this.slots[slot];
        if (!row) continue;
        live[next++] = slot;
        createdAt[slot] = row.createdAt;
      }
      const ranks = rankNumbers(createdAt);
      this.caches.defaultOrder = sortByRank(live, ranks.ranks, ranks.count, 'desc');
    }
    return this.caches.defaultOrder;
  }

  private columnOrder(sort: ListSort): Int32Array {
    const key = `${sort.column}:${sort.direction}`;
    let order = this.caches.orders.get(key);
    if (!order) {
      const base = this.defaultOrder();
      const column = sort.column;
      const count = this.slots.length;
      if (isTextColumn(column)) {
        const valueOf = textValue[column];
        const values = new Array<string>(count);
        for (let slot = 0; slot < count; slot++) {
          const row = this.slots[slot];
          values[slot] = row ? valueOf(row) : '';
        }
        let ranker = this.textRanks.get(column);
        if (!ranker) {
          ranker = new RankedValues<string>(this.compareText);
          this.textRanks.set(column, ranker);
        }
        const ranks = ranker.rank(values, (value) => value === '');
        order = sortByRank(base, ranks, ranker.size, sort.direction);
      } else {
        const valueOf = numberValue[column];
        const values = new Float64Array(count);
        for (let slot = 0; slot < count; slot++) {
          const row = this.slots[slot];
          values[slot] = row ? valueOf(row) : Number.NaN;
        }
        const ranks = rankNumbers(values);
        order = sortByRank(base, ranks.ranks, ranks.count, sort.direction);
      }
      this.caches.orders.set(key, order);
    }
    return order;
  }
}

function emptyCaches(): Caches {
  return { orders: new Map(), facetMatches: new Map(), searches: new Map() };
}

function queryKey(query: ListQuery): string {
  const { filters, sort } = query;
  return JSON.stringify([filters.search, facetKey(filters), sort?.column ?? null, sort?.direction ?? null]);
}
