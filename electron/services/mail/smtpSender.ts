import nodemailer from 'nodemailer';
import type { MailServerCheck, MailSettings } from '../../../core/desktop-api';

/** How long to wait for the server, in ms. */
export interface SmtpTimeouts {
  connection: number;
  greeting: number;
  socket: number;
}

export const defaultSmtpTimeouts: SmtpTimeouts = { connection: 15_000, greeting: 15_000, socket: 60_000 };

export interface SmtpMessage {
  messageId: string;
  from: { name: string; address: string };
  to: { name: string; address: string }[];
  subject: string;
  text: string;
  html?: string;
  headers: Record<string, string>;
  attachments: { filename: string; contentType: string; content: Buffer }[];
}

/** What SMTP did with one message; the journal records it as is. */
export type SmtpResult =
  | { state: 'accepted'; response: string }
  | { state: 'failed'; retryable: boolean; error: string }
  | { state: 'uncertain'; error: string };

interface SmtpErrorFacts {
  message: string;
  code?: string;
  responseCode?: number;
  response?: string;
}

function errorFacts(error: unknown): SmtpErrorFacts {
  if (!(error instanceof Error)) return { message: String(error) };
  const fields = error as Error & Record<string, unknown>;
  return {
    message: error.message,
    code: typeof fields.code === 'string' ? fields.code : undefined,
    responseCode: typeof fields.responseCode === 'number' ? fields.responseCode : undefined,
    response: typeof fields.response === 'string' ? fields.response : undefined,
  };
}

/** Codes nodemailer gives to mistakes in the message itself: sending again will not help. */
const messageFaults = new Set(['EENVELOPE', 'EMESSAGE', 'ESTREAM']);

/**
 * Sorts an SMTP error. The server's own answer decides when there is one (4xx: try later,
 * 5xx: refused for good). Without one, what matters is whether the message had been handed
 * over: before DATA's 354 nothing can have arrived, after it the message may have.
 */
export function classifySmtpError(error: unknown, dataHandedOver: boolean): Exclude<SmtpResult, { state: 'accepted' }> {
  const facts = errorFacts(error);
  const words = facts.message.trim() || 'the SMTP server failed';
  if (facts.responseCode !== undefined && facts.responseCode >= 400 && facts.responseCode < 600) {
    return { state: 'failed', retryable: facts.responseCode < 500, error: words };
  }
  if (dataHandedOver) {
    return { state: 'uncertain', error: `The connection broke after the message was handed to the server: ${words}` };
  }
  if (facts.code !== undefined && messageFaults.has(facts.code)) {
    return { state: 'failed', retryable: false, error: words };
  }
  // Refused connection, DNS, timeouts, TLS trouble: nothing was sent and later may work.
  return { state: 'failed', retryable: true, error: words };
}

/** Watches the SMTP conversation for the server's 354 ("send the message"). Logs nothing. */
function dataWatcher(): { logger: Record<string, (...args: unknown[]) => void>; handedOver: () => boolean } {
  let handedOver = false;
  const watch = (...args: unknown[]): void => {
    const [entry, line] = args;
    if (typeof entry === 'object' && entry !== null && 'tnx' in entry && entry.tnx === 'server') {
      if (typeof line === 'string' && /^354[ -]/.test(line)) handedOver = true;
    }
  };
  const quiet = (): void => undefined;
  return {
    logger: { trace: quiet, debug: watch, info: quiet, warn: quiet, error: quiet, fatal: quiet },
    handedOver: () => handedOver,
  };
}

function transportFor(settings: MailSettings, password: string | null, timeouts: SmtpTimeouts, logger?: Record<string, (...args: unknown[]) => void>) {
  return nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    // tls: TLS from the first byte; starttls: upgrade required; none: never upgrade (test servers).
    secure: settings.security === 'tls',
    requireTLS: settings.security === 'starttls',
    ignoreTLS: settings.security === 'none',
    auth: settings.user !== '' ? { user: settings.user, pass: password ?? '' } : undefined,
    connectionTimeout: timeouts.connection,
    greetingTimeout: timeouts.greeting,
    socketTimeout: timeouts.socket,
    logger: logger ?? false,
    transactionLog: logger !== undefined,
  });
}

/** Connects, greets and logs in, then hangs up; nothing is sent. */
export async function checkSmtpServer(settings: MailSettings, password: string | null, timeouts = defaultSmtpTimeouts): Promise<MailServerCheck> {
  const transport = transportFor(settings, password, timeouts);
  try {
    await transport.verify();
    return { reachable: true, message: `Connected to ${settings.host}:${settings.port}` };
  } catch (error) {
    return { reachable: false, message: `Could not use ${settings.host}:${settings.port}: ${errorFacts(error).message}` };
  } finally {
    transport.close();
  }
}

/** Sends one message over a fresh connection and says what became of it; never throws. */
export async function sendViaSmtp(
  settings: MailSettings,
  password: string | null,
  message: SmtpMessage,
  timeouts = defaultSmtpTimeouts,
): Promise<SmtpResult> {
  const watcher = dataWatcher();
  const transport = transportFor(settings, password, timeouts, watcher.logger);
  try {
    const info = await transport.sendMail({
      // The journal is keyed by this id, so the header must be exactly it.
      messageId: message.messageId,
      from: message.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      ...(message.html !== undefined ? { html: message.html } : {}),
      headers: message.headers,
      attachments: message.attachments,
    });
    return { state: 'accepted', response: info.response };
  } catch (error) {
    return classifySmtpError(error, watcher.handedOver());
  } finally {
    transport.close();
  }
}
