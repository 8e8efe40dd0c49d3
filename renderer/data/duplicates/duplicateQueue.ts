import { BehaviorSubject, Observable, type Subscription } from 'rxjs';
import { describeLink } from '../../../core/duplicates/describeLink';
import { groupDuplicates } from '../../../core/duplicates/groupDuplicates';
import { scanDuplicates, type CrowdedKey, type DuplicateLink } from '../../../core/duplicates/scanDuplicates';
import type { LeadRow } from '../contract';
import type { DuplicateQueueGroup, DuplicateQueueState } from '../duplicatesContract';

export interface DuplicateQueueOptions {
  /** The list projection's rows now, and one row. */
  rows: () => readonly LeadRow[];
  row: (id: string) => LeadRow | undefined;
  /** Resolves once the list has loaded (a scan before would see part of the leads). */
  listLoaded: () => Promise<void>;
  dismissed: Observable<ReadonlySet<string>>;
  clock: () => number;
  /** Work per slice before the window gets the thread back (ms); 12 unless given. */
  sliceMs?: number;
  /** Wait after a lead change that matters before scanning again (ms); 1,500 unless given. */
  rescanDelayMs?: number;
}

const initial: DuplicateQueueState = { groups: null, crowded: [], scanning: null, scannedLeads: 0, scannedAt: null, error: null };

/** The fields a duplicate scan reads: a change elsewhere (score, group…) needs no new scan. */
const matters = (a: LeadRow, b: LeadRow): boolean => a.name !== b.name || a.email !== b.email || a.phone !== b.phone || a.company !== b.company;

const byAge = (a: LeadRow, b: LeadRow): number => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The duplicates queue over the list projection's rows. A scan (core/duplicates) runs in slices
 * of ~12 ms between macrotasks, so 100,000 leads take a few seconds without freezing the window,
 * with progress. It starts when someone first looks at the queue; afterwards a lead change that
 * matters (name, email, phone, company, a new lead) rescans after a short wait, a removed lead
 * (deleted, merged) simply leaves its groups, and a dismissal regroups at once.
 */
export class DuplicateQueue {
  private readonly state = new BehaviorSubject<DuplicateQueueState>(initial);
  private links: DuplicateLink[] = [];
  private crowded: CrowdedKey[] = [];
  private scanned = new Map<string, LeadRow>();
  private dismissed: ReadonlySet<string> = new Set();
  private dismissedSubscription: Subscription | null = null;
  private observers = 0;
  private stale = true;
  private scanning = false;
  /** A change that matters arrived while a scan ran: scan again after it. */
  private changedWhileScanning = false;
  private generation = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private closed = false;

  constructor(private readonly options: DuplicateQueueOptions) {}

  observe(): Observable<DuplicateQueueState> {
    return new Observable<DuplicateQueueState>((subscriber) => {
      this.observers += 1;
      this.listenToDismissals();
      const subscription = this.state.subscribe(subscriber);
      if (this.stale && !this.scanning) this.schedule(0);
      return () => {
        this.observers -= 1;
        subscription.unsubscribe();
      };
    });
  }

  rescan(): void {
    this.stale = true;
    this.schedule(0);
  }

  /** Feed from the list projection's onRowsChanged. */
  rowsChanged(upserts: readonly LeadRow[], removedIds: readonly string[], replacedAll: boolean): void {
    if (this.closed) return;
    if (replacedAll) {
      this.markStale();
      return;
    }
    let regroup = false;
    if (removedIds.length > 0) {
      const removed = new Set(removedIds.filter((id) => this.scanned.has(id)));
      if (removed.size > 0) {
        for (const id of removed) this.scanned.delete(id);
        this.links = this.links.flatMap((link) => {
          if (!link.leadIds.some((id) => removed.has(id))) return [link];
          const leadIds = link.leadIds.filter((id) => !removed.has(id));
          return leadIds.length >= 2 ? [{ ...link, leadIds }] : [];
        });
        regroup = true;
      }
    }
    let changed = false;
    for (const row of upserts) {
      const before = this.scanned.get(row.id);
      if (!before || matters(before, row)) changed = true;
      // Shown fields (group, score) may have changed: refresh the groups it is in.
      else if (before !== row) regroup = true;
    }
    if (changed) this.markStale();
    if (regroup && !this.scanning && this.state.value.groups !== null) this.publishGroups();
  }

  close(): void {
    this.closed = true;
    this.generation += 1;
    clearTimeout(this.timer);
    this.dismissedSubscription?.unsubscribe();
    this.state.complete();
  }

  private listenToDismissals(): void {
    if (this.dismissedSubscription) return;
    this.dismissedSubscription = this.options.dismissed.subscribe({
      next: (pairs) => {
        this.dismissed = pairs;
        if (!this.scanning && this.state.value.groups !== null) this.publishGroups();
      },
      error: (error: unknown) => this.state.next({ ...this.state.value, error: `Dismissed pairs could not be read: ${String(error)}` }),
    });
  }

  private markStale(): void {
    this.stale = true;
    if (this.scanning) this.changedWhileScanning = true;
    else if (this.observers > 0) this.schedule(this.options.rescanDelayMs ?? 1_500);
  }

  private schedule(delayMs: number): void {
    if (this.closed) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.scan(), delayMs);
  }

  private async scan(): Promise<void> {
    const generation = ++this.generation;
    this.scanning = true;
    this.changedWhileScanning = false;
    this.stale = false;
    this.state.next({ ...this.state.value, scanning: { phase: 'reading', done: 0, total: 0 }, error: null });
    try {
      await this.options.listLoaded();
      if (generation !== this.generation) return;
      const rows = this.options.rows();
      this.scanned = new Map(rows.map((row) => [row.id, row]));
      const scan = scanDuplicates(rows);
      const sliceMs = this.options.sliceMs ?? 12;
      for (;;) {
        const deadline = performance.now() + sliceMs;
        let step = scan.next();
        while (!step.done && performance.now() < deadline) step = scan.next();
        if (step.done) {
          this.links = step.value.links;
          this.crowded = step.value.crowded;
          break;
        }
        this.state.next({ ...this.state.value, scanning: step.value });
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (generation !== this.generation) return;
      }
      this.scanning = false;
      this.publishGroups({ scannedLeads: rows.length, scannedAt: this.options.clock() });
      if (this.changedWhileScanning) this.markStale();
    } catch (error) {
      if (generation !== this.generation) return;
      this.scanning = false;
      this.state.next({ ...this.state.value, scanning: null, error: `The duplicate scan failed: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  private publishGroups(extra: Partial<DuplicateQueueState> = {}): void {
    if (this.closed) return;
    const labels = {
      name: (id: string) => this.options.row(id)?.name ?? '',
      company: (id: string) => this.options.row(id)?.company ?? '',
    };
    const groups: DuplicateQueueGroup[] = [];
    for (const group of groupDuplicates(this.links, this.dismissed)) {
      const leads = group.leadIds.flatMap((id) => {
        const row = this.options.row(id);
        return row ? [row] : [];
      });
      if (leads.length < 2) continue;
      groups.push({
        key: group.key,
        leads: leads.sort(byAge),
        reasons: group.links.map((link) => ({ kind: link.kind, text: describeLink(link, labels), leadIds: link.leadIds })),
        dismissedPairs: group.dismissedPairs,
      });
    }
    this.state.next({ ...this.state.value, ...extra, groups, crowded: this.crowded, scanning: null });
  }
}
