import { fillTokens, tokenValues, type Sender } from '../emails/personalise';
import type { Lead } from '../model/lead';
import type { QuestionnaireTemplate } from './questionnaireTemplate';

export interface QuestionnaireEmail {
  subject: string;
  body: string;
  /** Tokens the lead could not fill; the draft waits for the seller like any other. */
  unfilled: string[];
}

/** The email that carries the buyer's link: the template's subject and body, tokens filled. */
export function questionnaireEmail(template: Pick<QuestionnaireTemplate, 'emailSubject' | 'emailBody'>, lead: Lead, sender: Sender, link: string): QuestionnaireEmail {
  const values = { ...tokenValues(lead, sender), 'questionnaire.link': link };
  const subject = fillTokens(template.emailSubject, values);
  const body = fillTokens(template.emailBody, values);
  return { subject: subject.text, body: body.text, unfilled: [...new Set([...subject.unfilled, ...body.unfilled])] };
}

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * base64url without padding. The bytes come from crypto.getRandomValues (the caller's): 16 bytes
 * give 128 random bits in 22 characters, the buyer's only key to the form.
 */
export function tokenFromBytes(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const triple = (a << 16) | (b << 8) | c;
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let k = 0; k < chars; k++) out += alphabet[(triple >> (18 - 6 * k)) & 63];
  }
  return out;
}
