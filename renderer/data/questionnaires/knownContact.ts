import { account } from '../../../core/model/account';
import { contact, type Contact } from '../../../core/model/contact';
import type { Lead } from '../../../core/model/lead';
import { normaliseEmail } from '../../../core/model/normaliseEmail';
import type { KnownContact } from '../../../core/questionnaires/selectQuestions';
import type { DataContext } from '../context';
import { queryStorage } from '../queryStorage';
import { withoutMeta } from '../storedDocuments';

function addressOf(email: string): string {
  const checked = normaliseEmail(email);
  return checked.ok ? checked.value : '';
}

/**
 * The contact this lead already is: the one it was converted to, else a contact with the same
 * email address (a previous client writing again). Contacts are hundreds, read whole.
 */
export async function findKnownContact(ctx: DataContext, lead: Lead): Promise<KnownContact | null> {
  let found: Contact | null = null;
  if (lead.conversion !== null) {
    const [doc] = await ctx.db.contacts.storageInstance.findDocumentsById([lead.conversion.contactId], false);
    const parsed = doc ? contact.safeParse(withoutMeta(doc)) : null;
    if (parsed?.success) found = parsed.data;
  }
  const address = addressOf(lead.email);
  if (found === null && address !== '') {
    const docs = await queryStorage(ctx.db.contacts, { selector: {} });
    for (const doc of docs) {
      const parsed = contact.safeParse(withoutMeta(doc));
      if (parsed.success && addressOf(parsed.data.email) === address) {
        found = parsed.data;
        break;
      }
    }
  }
  // Converted, even if its contact has not reached this device yet: asked only what is missing.
  if (found === null) return lead.conversion !== null ? { contact: null, account: null } : null;
  let company = null;
  if (found.accountId !== null) {
    const [doc] = await ctx.db.accounts.storageInstance.findDocumentsById([found.accountId], false);
    const parsed = doc ? account.safeParse(withoutMeta(doc)) : null;
    if (parsed?.success) company = parsed.data;
  }
  return { contact: found, account: company };
}
