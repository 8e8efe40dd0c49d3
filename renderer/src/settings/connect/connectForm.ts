import { platformConnectRequest, type PlatformConnectRequest } from '../../../../core/desktop-api';

export interface ConnectForm {
  url: string;
  email: string;
  password: string;
}

export type ConnectFormProblems = Partial<Record<keyof ConnectForm, string>>;

const problemWords: Record<keyof ConnectForm, string> = {
  url: 'Enter the platform’s address, e.g. https://leads.powercozmo.com (http:// only for this computer: localhost or 127.0.0.1).',
  email: 'Enter the email you sign in to the platform with.',
  password: 'Enter your platform password.',
};

/** The form checked with the host's own schema, so what passes here passes there. */
export function checkConnectForm(form: ConnectForm): { ok: true; request: PlatformConnectRequest } | { ok: false; problems: ConnectFormProblems } {
  const parsed = platformConnectRequest.safeParse(form);
  if (parsed.success) return { ok: true, request: parsed.data };
  const problems: ConnectFormProblems = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (field === 'url' || field === 'email' || field === 'password') problems[field] ??= problemWords[field];
  }
  return { ok: false, problems };
}

/** The person's address with a scheme added when they typed only a host name. */
export function withScheme(url: string): string {
  const trimmed = url.trim();
  if (trimmed === '' || /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) return trimmed;
  return /^(localhost|127\.0\.0\.1)(:\d+)?\/?$/i.test(trimmed) ? `http://${trimmed}` : `https://${trimmed}`;
}
