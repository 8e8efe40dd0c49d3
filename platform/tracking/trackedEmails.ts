import { email as emailSchema, type Email } from '../../core/model/email';
import type { PlatformWriteTx } from '../store/documentStore';
import { fromStored } from '../store/wireDocuments';

/** Emails that reached the buyer (or are on their way): only these are tracked. */
const trackedStatuses: ReadonlySet<Email['status']> = new Set(['sending', 'sent']);

/**
 * The sent email with this id, or null. Ids are the app's random UUIDs; should two owners ever
 * hold the same id, neither is tracked (a copied id must not let one seller see another's
 * buyer's clicks).
 */
export async function findTrackedEmail(tx: PlatformWriteTx, emailId: string): Promise<Email | null> {
  if (!/^[A-Za-z0-9_.:-]{1,64}$/.test(emailId)) return null;
  const { rows } = await tx.query.query<{ data: Record<string, unknown>; deleted: boolean }>(
    `SELECT data, deleted FROM documents WHERE collection = 'emails' AND id = $1 AND NOT deleted`,
    [emailId],
  );
  const found = rows
    .map((row) => emailSchema.safeParse(fromStored(row.data, row.deleted)))
    .flatMap((parsed) => (parsed.success && trackedStatuses.has(parsed.data.status) ? [parsed.data] : []));
  return found.length === 1 ? (found[0] as Email) : null;
}
