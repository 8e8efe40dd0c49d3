import type { Lead } from '../model/lead';
import { normaliseEmail } from '../model/normaliseEmail';
import { leadGroups } from '../reference/leadGroups';
import type { EffectiveGroup } from '../settings/groupSettings';

/**
 * Who is never emailed (DESIGN.md "Emails"): an unsubscribed or bounced address, a lead in a
 * group that suppresses email (Spam/Blocked, Not Interested, or a seller's own group marked so),
 * and a lead without an address. Checked again at send time, so a change after approval still
 * stops the email. Each answer is a sentence the seller sees as the cancel reason.
 */

function groupOf(lead: Lead, groups: readonly EffectiveGroup[]): { name: string; suppressesEmail: boolean } | undefined {
  const id = typeof lead.group === 'string' ? lead.group : '';
  // The default groups always apply, even when the caller passed no group settings.
  return (Array.isArray(groups) ? groups : []).find((g) => g.id === id) ?? leadGroups.find((g) => g.id === id);
}

function reasonsBesidesAddress(lead: Lead, groups: readonly EffectiveGroup[]): string | null {
  if (lead.consent?.unsubscribed === true) return 'The buyer unsubscribed from your emails.';
  if (lead.consent?.bounced === true) return 'An earlier email to this address bounced.';
  const group = groupOf(lead, groups);
  if (group?.suppressesEmail === true) return `The lead is in the group "${group.name}", which is never emailed.`;
  return null;
}

/** Why this lead must not be emailed, or null when it may be. */
export function suppressionReason(lead: Lead, groups: readonly EffectiveGroup[]): string | null {
  if (typeof lead !== 'object' || lead === null) return 'There is no lead to email.';
  const address = typeof lead.email === 'string' ? lead.email.trim() : '';
  if (address === '') return 'The lead has no email address.';
  if (!normaliseEmail(address).ok) return `"${address}" is not a valid email address.`;
  return reasonsBesidesAddress(lead, groups);
}

/**
 * Why `address` must not be emailed, judged from every lead that has it (one buyer may be saved
 * twice: an unsubscribe on either copy counts), or null when it may be. Leads with another
 * address are ignored.
 */
export function addressSuppressed(address: string, leadsWithThatAddress: readonly Lead[], groups: readonly EffectiveGroup[]): string | null {
  const raw = typeof address === 'string' ? address.trim() : '';
  const normalised = normaliseEmail(raw);
  if (!normalised.ok) return raw === '' ? 'There is no email address.' : `"${raw}" is not a valid email address.`;
  for (const lead of Array.isArray(leadsWithThatAddress) ? leadsWithThatAddress : []) {
    if (typeof lead !== 'object' || lead === null || typeof lead.email !== 'string') continue;
    const own = normaliseEmail(lead.email);
    if (!own.ok || own.value !== normalised.value) continue;
    const reason = reasonsBesidesAddress(lead, groups);
    if (reason !== null) return reason;
  }
  return null;
}
