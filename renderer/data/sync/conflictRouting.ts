import { setSyncConflictSink, type SyncConflictReport } from './conflictHandler';

/**
 * The conflict handlers are installed with the collections and report to one sink per process
 * (conflictHandler.ts). In the app one database replicates, but a process may hold several (two
 * devices in one test). Reports wait here until the replication that resolved the conflict
 * claims them: RxDB announces each resolved conflict on that replication's conflict$ right after
 * the handler ran, so the claim is made by the database the report belongs to. Two databases
 * resolving the same document at the same moment could swap reports; nothing else can.
 */
const waiting = new Map<string, SyncConflictReport[]>();
let users = 0;
let restore: (() => void) | null = null;

const keyOf = (collection: string, documentId: string) => `${collection}\u0000${documentId}`;

export function routeConflictReports(): () => void {
  if (users++ === 0) {
    restore = setSyncConflictSink((report) => {
      const key = keyOf(report.collection, report.documentId);
      const list = waiting.get(key) ?? [];
      // Bounded: a report nobody claims (its replication was cancelled meanwhile) is dropped.
      list.push(report);
      if (list.length > 8) list.shift();
      waiting.set(key, list);
    });
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--users === 0) {
      restore?.();
      restore = null;
      waiting.clear();
    }
  };
}

/** The report of a conflict this replication just resolved, or null (nothing was listed). */
export function claimConflictReport(collection: string, documentId: string): SyncConflictReport | null {
  const key = keyOf(collection, documentId);
  const list = waiting.get(key);
  const report = list?.shift() ?? null;
  if (list && list.length === 0) waiting.delete(key);
  return report;
}
