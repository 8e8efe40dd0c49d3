import type { Subscription } from 'rxjs';
import type { RxCollection } from 'rxdb';
import type { TimeRange } from '../../../core/dashboard/dateRange';
import { emailEventTypes, type EmailFacts } from '../../../core/dashboard/emailMetrics';
import { EventTimeIndex } from '../../../core/dashboard/eventTimes';
import type { DataContext } from '../context';
import type { DashboardActivity, DashboardCenter } from '../dashboardContract';
import { queryStorage } from '../queryStorage';

export interface DashboardCenterOptions {
  /** Documents read per query (default 5,000 events; emails, with their bodies, a tenth of that). */
  pageSize?: number;
  /** How long a burst of new events is gathered before the page hears of it (default 250 ms). */
  notifyDelayMs?: number;
}

type Row = Record<string, unknown>;

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function time(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/**
 * Reads every event and email once, page by page in primary-key order (the events' only other
 * index is lead + time), keeping only what the dashboard counts: an event's type and time (a
 * rule firing's rule too) and an email's created and approved times. Changes made while it reads
 * are heard from the collections' change streams; a document the stream already delivered is
 * not taken again from a page read before it.
 */
export function createDashboardCenter(ctx: DataContext, options: DashboardCenterOptions = {}): DashboardCenter & { close(): void } {
  const pageSize = Math.max(10, options.pageSize ?? 5_000);
  const notifyDelayMs = options.notifyDelayMs ?? 250;
  const listeners = new Set<() => void>();
  let version = 0;
  let ready = false;
  let loading: { done: number; total: number } | null = null;
  let error: string | null = null;
  let reading: Promise<void> | null = null;
  let index = new EventTimeIndex();
  const emails = new Map<string, EmailFacts>();
  let emailList: EmailFacts[] | null = null;
  // Ids the change streams delivered while a reading runs (the pages skip them).
  let heardEvents: Set<string> | null = null;
  let heardEmails: Set<string> | null = null;
  const subscriptions: Subscription[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;

  const notify = () => {
    version += 1;
    for (const listener of [...listeners]) listener();
  };
  const notifySoon = () => {
    if (timer !== null) return;
    timer = setTimeout(() => {
      timer = null;
      notify();
    }, notifyDelayMs);
  };

  const addEvent = (doc: Row) => {
    const at = time(doc.at);
    const type = str(doc.type);
    if (at === null || type === '') return;
    const data = (doc.data ?? {}) as Row;
    index.add(type, at, type === 'rule_fired' ? { id: str(data.ruleId), name: str(data.ruleName) } : undefined);
  };
  const setEmail = (id: string, doc: Row) => {
    const createdAt = time(doc.createdAt);
    if (createdAt === null) return;
    emails.set(id, { createdAt, approvedAt: time(doc.approvedAt) });
    emailList = null;
  };

  const listen = () => {
    subscriptions.push(
      ctx.db.events.eventBulks$.subscribe((bulk) => {
        let added = false;
        for (const change of bulk.events) {
          // Events are append-only: only new ones matter.
          if (change.operation !== 'INSERT') continue;
          heardEvents?.add(change.documentId);
          addEvent(change.documentData as unknown as Row);
          added = true;
        }
        if (added && ready) notifySoon();
      }),
      ctx.db.emails.eventBulks$.subscribe((bulk) => {
        for (const change of bulk.events) {
          heardEmails?.add(change.documentId);
          if (change.operation === 'DELETE') {
            emails.delete(change.documentId);
            emailList = null;
          } else setEmail(change.documentId, change.documentData as unknown as Row);
        }
        if (ready) notifySoon();
      }),
    );
  };

  async function readAll<T>(collection: RxCollection<T>, size: number, heard: Set<string>, take: (id: string, doc: Row) => void): Promise<void> {
    let cursor = '';
    for (;;) {
      const page = (await queryStorage(collection, {
        selector: { id: { $gt: cursor } },
        sort: [{ id: 'asc' }],
        limit: size,
      } as Parameters<typeof queryStorage<T>>[1])) as unknown as Row[];
      for (const doc of page) {
        const id = str(doc.id);
        if (!heard.has(id)) take(id, doc);
      }
      if (loading) loading = { done: loading.done + page.length, total: Math.max(loading.total, loading.done + page.length) };
      notify();
      if (page.length < size) return;
      cursor = str(page[page.length - 1]?.id);
    }
  }

  async function read(): Promise<void> {
    error = null;
    index = new EventTimeIndex();
    emails.clear();
    emailList = null;
    heardEvents = new Set();
    heardEmails = new Set();
    if (subscriptions.length === 0) listen();
    loading = { done: 0, total: 0 };
    notify();
    try {
      const [eventCount, emailCount] = await Promise.all([ctx.db.events.count().exec(), ctx.db.emails.count().exec()]);
      loading = { done: 0, total: eventCount + emailCount };
      notify();
      await readAll(ctx.db.emails, Math.max(10, Math.round(pageSize / 10)), heardEmails, setEmail);
      await readAll(ctx.db.events, pageSize, heardEvents, (_id, doc) => addEvent(doc));
      ready = true;
    } catch (cause) {
      error = cause instanceof Error ? cause.message : String(cause);
      reading = null;
      throw cause;
    } finally {
      loading = null;
      heardEvents = null;
      heardEmails = null;
      notify();
    }
  }

  const emptyActivity = (): DashboardActivity => ({
    emailEvents: { sent: 0, opened: 0, replied: 0, bounced: 0 },
    ruleFirings: new Map(),
    ruleNameOfDeleted: () => undefined,
    emails: [],
  });

  return {
    get version() {
      return version;
    },
    get ready() {
      return ready;
    },
    get loading() {
      return loading;
    },
    get error() {
      return error;
    },
    load() {
      reading ??= read();
      return reading;
    },
    activity(range: TimeRange): DashboardActivity {
      if (!ready) return emptyActivity();
      emailList ??= [...emails.values()];
      const current = index;
      return {
        emailEvents: {
          sent: current.count(emailEventTypes.sent, range),
          opened: current.count(emailEventTypes.opened, range),
          replied: current.count(emailEventTypes.replied, range),
          bounced: current.count(emailEventTypes.bounced, range),
        },
        ruleFirings: current.ruleFirings(range),
        ruleNameOfDeleted: (id) => current.ruleName(id),
        emails: emailList,
      };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      if (timer !== null) clearTimeout(timer);
      for (const s of subscriptions) s.unsubscribe();
      subscriptions.length = 0;
      listeners.clear();
    },
  };
}
