import { mailSettings, type MailSettings, type SmtpSecurity } from '../../../../core/desktop-api';
import { problemsFromIssues, type SettingsProblems } from './settingsProblems';

/** The Sending form as typed: the port stays text until it is checked. */
export interface MailSettingsForm {
  host: string;
  port: string;
  security: SmtpSecurity;
  user: string;
  fromAddress: string;
  fromName: string;
  unsubscribeBaseUrl: string;
  unsubscribeMailbox: string;
}

/** The usual port for each kind of connection. */
export const standardPort: Record<SmtpSecurity, number> = { tls: 465, starttls: 587, none: 25 };

export function formFromMailSettings(settings: MailSettings | null): MailSettingsForm {
  if (settings === null) {
    return { host: '', port: String(standardPort.starttls), security: 'starttls', user: '', fromAddress: '', fromName: '', unsubscribeBaseUrl: '', unsubscribeMailbox: '' };
  }
  return { ...settings, port: String(settings.port) };
}

export type FormCheck<T> = { ok: true; value: T } | { ok: false; problems: SettingsProblems };

/** Whole numbers only: "587" → 587; anything else → NaN so the schema names the field. */
function portNumber(text: string): number {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
}

/** The form checked with the same schema the host uses; problems keyed by field name. */
export function mailSettingsFromForm(form: MailSettingsForm): FormCheck<MailSettings> {
  const parsed = mailSettings.safeParse({ ...form, port: portNumber(form.port) });
  if (parsed.success) return { ok: true, value: parsed.data };
  const problems = new Map(problemsFromIssues(parsed.error.issues));
  // zod's wording for numbers ("expected number, received NaN") is not for people.
  if (problems.has('port')) problems.set('port', 'use a port from 1 to 65535 (usually 587, 465 or 25)');
  if (problems.has('fromAddress')) problems.set('fromAddress', 'type the address emails are sent from, like you@example.com');
  if (problems.has('unsubscribeMailbox')) problems.set('unsubscribeMailbox', 'leave empty, or type an address like unsubscribe@example.com');
  for (const key of ['user', 'fromName']) if (problems.has(key)) problems.set(key, 'this is too long');
  return { ok: false, problems };
}

export function sameForm<T>(a: T, b: T): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
