import { outgoingMail, type MailSettings, type OutgoingMailInput } from '../desktop-api';
import type { Email, EmailKind } from '../model/email';
import { fail, succeed, type Result } from '../model/result';
import { unfilledTokens } from './personalise';
import { trackedHtml } from './trackedHtml';

/**
 * Turns an approved email into the message the host hands to SMTP: a Message-ID derived from the
 * email id (the host's journal is keyed by it, so a resend after a crash is recognised), a plain
 * text body with an unsubscribe footer for outreach, and the RFC 2369 / RFC 8058 headers.
 */

/** Outreach kinds carry an unsubscribe link; replies, quotations and other one-to-one mail do not. */
const outreachKinds: ReadonlySet<EmailKind> = new Set<EmailKind>(['follow_up', 'nurture', 'marketing', 'questionnaire']);

export function needsUnsubscribeLink(kind: EmailKind): boolean {
  return outreachKinds.has(kind);
}

/** A character of a Message-ID's left part: kept when plainly safe, else its UTF-8 bytes as =XX. */
function escapeIdChar(ch: string): string {
  if (/^[A-Za-z0-9_-]$/.test(ch)) return ch;
  let encoded: string;
  try {
    encoded = encodeURIComponent(ch);
  } catch {
    // A lone surrogate has no UTF-8 form; its code unit keeps it distinct.
    return `=U${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  }
  if (encoded === ch) return `=${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
  return encoded.replace(/%/g, '=');
}

/**
 * `<id@domain>` for an email: the id with every character outside [A-Za-z0-9_-] written as =XX
 * (so distinct ids never share a Message-ID) and the sender's domain. Same inputs, same answer.
 */
export function messageIdFor(emailId: string, fromAddress: string): string {
  const id = Array.from(String(emailId), escapeIdChar).join('');
  const at = typeof fromAddress === 'string' ? fromAddress.lastIndexOf('@') : -1;
  const rawDomain = at >= 0 ? fromAddress.slice(at + 1).trim().toLowerCase() : '';
  const domain = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(rawDomain) ? rawDomain : 'lead-center.invalid';
  return `<${id === '' ? 'email' : id}@${domain}>`;
}

/**
 * The unsubscribe link: the base URL with the token appended, URL-encoded. A base ending in "/"
 * or "=" takes the token as is (".../u/" → ".../u/TOKEN", "...?t=" → "...?t=TOKEN"); a base
 * with a query gets "&token=TOKEN"; otherwise "/TOKEN" is added.
 */
export function unsubscribeUrl(baseUrl: string, token: string): string {
  const base = baseUrl.trim();
  const value = encodeURIComponent(token.trim());
  if (base.endsWith('/') || base.endsWith('=')) return `${base}${value}`;
  if (base.includes('?')) return `${base}&token=${value}`;
  return `${base}/${value}`;
}

/** Approved and past any "send it then" time and any retry wait. */
export function isDue(email: Pick<Email, 'status' | 'sendAfter' | 'nextAttemptAt'>, now: number): boolean {
  if (email.status !== 'approved' || !Number.isFinite(now)) return false;
  if (email.sendAfter !== null && email.sendAfter > now) return false;
  if (email.nextAttemptAt !== null && email.nextAttemptAt > now) return false;
  return true;
}

/** One line: any line break (CR, LF, NEL, LS, PS) or other control character becomes a space. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g, ' ').replace(/ {2,}/g, ' ').trim();
}

function plainBody(text: string): string {
  return text.replace(/\r\n?|\u2028|\u2029|\u0085/g, '\n').replace(/\s+$/, '');
}

export const unsubscribeFooterIntro = 'You receive this email because of your contact with us. To stop receiving these emails, unsubscribe here:';

/**
 * The message for SMTP, or why the email cannot go. Refused: an email that is not approved or
 * being sent, no recipient, an empty subject or body, a token left unfilled, and an outreach email
 * without its unsubscribe token. The subject is folded to one line (no header injection); the
 * footer is added once, never twice.
 */
export function composeOutgoing(email: Email, settings: MailSettings, trackingBaseUrl: string | null = null): Result<OutgoingMailInput> {
  if (email.status !== 'approved' && email.status !== 'sending') return fail('Only an approved email can be sent.');
  const subject = oneLine(email.subject);
  if (subject === '') return fail('The email has no subject.');
  let text = plainBody(email.body);
  if (text.trim() === '') return fail('The email has no text.');
  const left = [...new Set([...unfilledTokens(subject), ...unfilledTokens(text)])];
  if (left.length > 0) return fail(`The email still has unfilled tokens: ${left.map((t) => `{{${t}}}`).join(', ')}.`);
  if (email.to.length === 0) return fail('The email has no recipient.');

  const headers: Record<string, string> = {};
  if (needsUnsubscribeLink(email.kind)) {
    const token = email.unsubscribeToken.trim();
    if (token === '') return fail('This email needs an unsubscribe link, but it has no unsubscribe token.');
    const url = unsubscribeUrl(settings.unsubscribeBaseUrl, token);
    if (!text.includes(url)) text = `${text}\n\n--\n${unsubscribeFooterIntro}\n${url}`;
    const mailbox = settings.unsubscribeMailbox.trim();
    const mailto = mailbox === '' ? '' : `, <mailto:${mailbox}?subject=${encodeURIComponent(`unsubscribe ${token}`)}>`;
    // RFC 2369: angle-bracketed URIs, comma separated; RFC 8058: the https one takes a one-click POST.
    headers['List-Unsubscribe'] = `<${url}>${mailto}`;
    headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
  }

  const message: OutgoingMailInput = {
    messageId: email.messageId.trim() !== '' ? email.messageId.trim() : messageIdFor(email.id, settings.fromAddress),
    to: email.to.map((r) => ({ email: r.email.trim(), name: oneLine(r.name) })),
    subject,
    text,
    // Connected to the platform: an HTML part whose links and pixel report opens and clicks to it.
    ...(trackingBaseUrl ? { html: trackedHtml(text, email.body, email.id, trackingBaseUrl) } : {}),
    headers,
    attachmentIds: email.attachments.map((a) => a.id),
  };
  const checked = outgoingMail.safeParse(message);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return fail(`The email cannot be sent as it is (${where}${issue?.message ?? 'unknown problem'}).`);
  }
  return succeed(message);
}
