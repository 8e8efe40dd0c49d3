import type { MangoQuerySelector } from 'rxdb';
import type { Observable } from 'rxjs';
import type { Actor } from '../../../core/model/base';
import { email, type Email, type EmailInput, type EmailStatus } from '../../../core/model/email';
import { transitionEmail, type EmailAction } from '../../../core/emails/emailTransitions';
import { changeDocuments } from '../changeDocuments';
import type { DataContext } from '../context';
import type { EmailFilter } from '../emailContract';
import { EmailRefusedError, NotFoundError } from '../errors';
import { queryStorage } from '../queryStorage';
import { observeDocuments, readDocument } from '../readDocuments';
import { insertRow, writeRows } from '../storedDocuments';
import { parseOrThrow } from '../validate';

/** Reads and writes of the emails collection; every written email is checked with core's schema. */

export const readEmail = (stored: Record<string, unknown>): Email => parseOrThrow(email, stored, `stored email ${String(stored.id)}`);

export function emailSelector(filter: EmailFilter = {}): MangoQuerySelector<Email> {
  const selector: MangoQuerySelector<Email> = {};
  if (filter.statuses !== undefined) selector.status = { $in: [...filter.statuses] };
  if (filter.leadId !== undefined) selector.leadId = filter.leadId;
  return selector;
}

/** Emails matching the filter, most recently changed first. */
export function observeEmails(ctx: DataContext, filter: EmailFilter = {}): Observable<Email[]> {
  return observeDocuments(ctx.db.emails.find({ selector: emailSelector(filter), sort: [{ updatedAt: 'desc' }] }).$, email, 'email');
}

export async function getEmail(ctx: DataContext, id: string): Promise<Email | null> {
  return readDocument(email, await ctx.db.emails.findOne(id).exec(), 'email');
}

export async function requireEmail(ctx: DataContext, id: string): Promise<Email> {
  const found = await getEmail(ctx, id);
  if (!found) throw new NotFoundError(`Email ${id} does not exist or was deleted`);
  return found;
}

/** Emails in the given statuses, straight from storage (the outbox's reads: no query cache). */
export async function emailsInStatus(ctx: DataContext, statuses: readonly EmailStatus[]): Promise<Email[]> {
  const docs = await queryStorage(ctx.db.emails, { selector: { status: { $in: [...statuses] } }, sort: [{ updatedAt: 'asc' }] });
  const out: Email[] = [];
  for (const doc of docs) {
    const parsed = email.safeParse(doc);
    if (parsed.success) out.push(parsed.data);
    else console.warn(`Lead Center: skipped an unreadable email (${String(doc.id)}): ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  }
  return out;
}

export async function insertEmail(ctx: DataContext, value: EmailInput): Promise<Email> {
  const checked = parseOrThrow(email, value, 'email');
  const { conflicts } = await writeRows(ctx.db.emails, [insertRow(checked)], 'lead-center-create-email');
  if (conflicts.length > 0) throw new Error(`an email with id ${checked.id} already exists`);
  return checked;
}

export type EmailChange = (current: Email) => { ok: true; value: Email } | { ok: false; error: string } | null;

export interface ChangedEmails {
  written: Email[];
  /** Why each email that was not changed was refused. */
  refused: Map<string, string>;
  /** Ids with no live email, or left as they were (change answered null). */
  missing: string[];
}

/**
 * Changes many emails in one storage write (re-read and retried on a conflict). `change` answers
 * the next state, a refusal in words, or null to leave the email as it is.
 */
export async function changeEmails(ctx: DataContext, ids: readonly string[], change: EmailChange, context: string): Promise<ChangedEmails> {
  const refused = new Map<string, string>();
  const written = await changeDocuments(
    ctx.db.emails,
    readEmail,
    ids,
    (current) => {
      const next = change(current);
      if (next === null) return null;
      if (!next.ok) {
        refused.set(current.id, next.error);
        return null;
      }
      refused.delete(current.id);
      return { data: parseOrThrow(email, next.value, 'email') };
    },
    context,
  );
  const done = new Set(written.map((w) => w.after.id));
  const missing = [...new Set(ids)].filter((id) => !done.has(id) && !refused.has(id));
  return { written: written.map((w) => w.after), refused, missing };
}

/** One email moved by `action`; throws the refusal in words. */
export async function moveEmail(ctx: DataContext, id: string, action: EmailAction, actor: Actor, check?: (current: Email) => string | null): Promise<Email> {
  const now = ctx.clock();
  const { written, refused } = await changeEmails(
    ctx,
    [id],
    (current) => {
      const problem = check?.(current) ?? null;
      if (problem !== null) return { ok: false, error: problem };
      return transitionEmail(current, action, actor, now);
    },
    `lead-center-email-${action.type}`,
  );
  const [moved] = written;
  if (moved) return moved;
  const reason = refused.get(id);
  if (reason === undefined) throw new NotFoundError(`Email ${id} does not exist or was deleted`);
  throw new EmailRefusedError(reason);
}
