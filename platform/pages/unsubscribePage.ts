import { email as emailSchema, type Email } from '../../core/model/email';
import { normaliseEmail } from '../../core/model/normaliseEmail';
import type { WireDocument } from '../../core/sync/protocol';
import type { PlatformWriteTx } from '../store/documentStore';
import { liveLead, recordEvents } from '../tracking/platformLeads';
import { escapeHtml, messagePage, page } from './html';
import type { PageAnswer } from './questionnairePage';

/** An email's unsubscribe token: random letters, digits, _ and - (the app's randomToken). */
export const unsubscribeTokenPattern = /^[A-Za-z0-9_-]{8,64}$/;

/** The live emails that carried this token (normally one). */
export function emailsOfToken(found: readonly WireDocument[]): Email[] {
  return found.filter((d) => !d._deleted).flatMap((d) => {
    const parsed = emailSchema.safeParse(d);
    return parsed.success ? [parsed.data] : [];
  });
}

/** "am•••@gulfpower.ae": enough for the buyer to recognise, little for anyone else holding the link. */
export function maskAddress(address: string): string {
  const at = address.lastIndexOf('@');
  if (at <= 0) return '•••';
  const local = address.slice(0, at);
  return `${local.slice(0, Math.min(2, local.length))}•••${address.slice(at)}`;
}

function recipients(emails: readonly Email[]): string[] {
  const addresses = new Set<string>();
  for (const email of emails) {
    for (const to of email.to) {
      const checked = normaliseEmail(to.email);
      if (checked.ok) addresses.add(checked.value);
    }
  }
  return [...addresses].sort();
}

export const unknownUnsubscribePage = (): PageAnswer => ({
  status: 404,
  html: messagePage('We could not find this unsubscribe link', 'It may have been copied only in part. Please open the whole link from the email, or reply to the email and ask to be removed; we are sorry for the trouble.'),
});

export function confirmUnsubscribePage(emails: readonly Email[]): PageAnswer {
  const who = recipients(emails).map(maskAddress);
  const address = who.length > 0 ? who.join(', ') : 'your address';
  return {
    status: 200,
    html: page(
      'Unsubscribe — Power Cozmo',
      [
        '<h1>Unsubscribe from these emails?</h1>',
        `<p>This stops emails from this seller to <strong>${escapeHtml(address)}</strong>.</p>`,
        '<form method="post" accept-charset="utf-8"><input type="hidden" name="confirm" value="yes"><button type="submit">Unsubscribe</button></form>',
      ].join('\n'),
    ),
  };
}

export const unsubscribedPage = (): PageAnswer => ({
  status: 200,
  html: messagePage('You are unsubscribed', 'You will not receive these emails any more. If this was a mistake, reply to the seller and they can add you again.'),
});

/**
 * Marks the buyer unsubscribed on the email's owner's leads: the email's own lead and every live
 * lead of that owner with a recipient's address. Each lead changed gets lead_updated
 * {action: 'unsubscribed'}; a lead already unsubscribed is left alone, so a second click writes
 * nothing. Returns how many leads changed.
 */
export async function unsubscribe(tx: PlatformWriteTx, emails: readonly Email[], now: number): Promise<number> {
  let changed = 0;
  const seen = new Set<string>();
  for (const email of emails) {
    const candidates: WireDocument[] = [];
    const own = await tx.read(email.ownerId, 'leads', email.leadId);
    if (own) candidates.push(own);
    for (const address of recipients([email])) {
      for (const other of await tx.findBy('leads', 'email', address, email.ownerId)) candidates.push(other);
    }
    for (const stored of candidates) {
      const lead = liveLead(stored);
      const key = `${email.ownerId}\u0000${stored.id}`;
      if (!lead || lead.ownerId !== email.ownerId || seen.has(key)) continue;
      seen.add(key);
      if (lead.consent.unsubscribed) continue;
      await recordEvents(
        tx,
        stored,
        { ...lead, consent: { ...lead.consent, unsubscribed: true } },
        [{ type: 'lead_updated', at: now, data: { action: 'unsubscribed', fields: ['consent.unsubscribed'], emailId: email.id } }],
        now,
      );
      changed++;
    }
  }
  return changed;
}
