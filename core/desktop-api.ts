import { z } from 'zod';
import type { PlatformUser, ReplicatedCollection } from './sync/protocol';

/**
 * The one seam between the UI and its host. Declared once here; the Electron preload and the
 * browser adapter both implement it, so the renderer never knows which host it runs in.
 * Every request's arguments have a schema: the Electron main process validates them again
 * (the renderer is untrusted), and the local services host validates them over HTTP.
 */
export const notificationRequest = z.object({
  title: z.string().trim().min(1).max(200),
  body: z.string().max(1000).default(''),
  /** Lead to open when the notification is clicked. */
  leadId: z.string().max(64).optional(),
});
export type NotificationRequest = z.infer<typeof notificationRequest>;

export const appInfo = z.object({
  name: z.string(),
  version: z.string(),
  host: z.enum(['electron', 'browser']),
  /** Where the local database lives, in words a user can find. */
  dataLocation: z.string(),
});
export type AppInfo = z.infer<typeof appInfo>;

/**
 * Only web pages and mail links may leave the app, never file: or custom schemes. core has no
 * URL class (no DOM, no Node), so this checks the shape; the shell parses it again with URL.
 */
const httpsLink = /^https:\/\/[^\s/?#@\\]+(?:[/?#][^\s]*)?$/i;
const mailtoLink = /^mailto:[^\s]+$/i;
export const externalUrl = z
  .string()
  .max(2048)
  .refine((value) => httpsLink.test(value) || mailtoLink.test(value), 'only https: and mailto: links can be opened');

// ---- Mail: SMTP sending, the AI drafter and the attachment library (issue 4) ----
// Secrets (the SMTP password, the AI key) go in once through save* and stay in the host's secure
// storage: no channel ever returns them, and the renderer never stores them.

/** A single mailbox address; the host checks it again before SMTP. */
export const mailAddress = z.string().trim().min(3).max(254).regex(/^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]+$/, 'not an email address');

/** https only: a link in an email must not downgrade to plain http. */
const httpsUrl = z.string().trim().max(500).regex(/^https:\/\/[^\s/?#@\\]+(?:[/?#][^\s]*)?$/i, 'use an https:// address');

export const smtpSecurity = ['tls', 'starttls', 'none'] as const;
export type SmtpSecurity = (typeof smtpSecurity)[number];

/** SMTP settings without the password. */
export const mailSettings = z.object({
  host: z.string().trim().min(1, 'name the SMTP server').max(255),
  port: z.number().int().min(1).max(65_535),
  /** tls: TLS from the first byte (port 465); starttls: plain then upgraded, upgrade required; none: no TLS (local test servers only). */
  security: z.enum(smtpSecurity),
  user: z.string().trim().max(254).default(''),
  fromAddress: mailAddress,
  fromName: z.string().trim().max(200).default(''),
  /** Base of the unsubscribe link in marketing emails; the email's unsubscribe token is appended. */
  unsubscribeBaseUrl: httpsUrl,
  /** Optional mailto: target for the List-Unsubscribe header, besides the link. */
  unsubscribeMailbox: mailAddress.or(z.literal('')).default(''),
});
export type MailSettings = z.infer<typeof mailSettings>;
export type MailSettingsInput = z.input<typeof mailSettings>;

/** undefined keeps the stored secret, null removes it, a string replaces it. */
const secretChange = z.string().min(1).max(1000).nullable().optional();

export const saveMailSettingsRequest = z.object({ settings: mailSettings, password: secretChange });

export interface MailSettingsView {
  /** null until the user saves SMTP settings. */
  settings: MailSettings | null;
  passwordSaved: boolean;
  /** Where the password is kept, in words ("the system keychain", "a file only you can read"). */
  secretStorage: string;
}

/** One outgoing message as the host hands it to SMTP; core/emails composes it from an approved email. */
export const outgoingMail = z.object({
  /** Derived from the email id (`<email-id@sender-domain>`); the host's journal is keyed by it. */
  messageId: z.string().trim().min(5).max(998).regex(/^<[^<>\s]+@[^<>\s]+>$/, 'a Message-ID looks like <id@domain>'),
  to: z.array(z.object({ email: mailAddress, name: z.string().max(200).default('') })).min(1).max(50),
  subject: z.string().max(998),
  text: z.string().max(200_000),
  /** The same text as HTML with tracked links and an open pixel (sent while connected to the platform). */
  html: z.string().max(1_000_000).optional(),
  /** Extra headers, e.g. List-Unsubscribe; names are checked, values may not contain line breaks. */
  headers: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9-]{0,60}$/), z.string().max(2000).regex(/^[^\r\n]*$/, 'a header value cannot contain a line break')).default({}),
  /** Ids from the attachment library. */
  attachmentIds: z.array(z.string().min(1).max(64)).max(20).default([]),
});
export type OutgoingMail = z.infer<typeof outgoingMail>;
export type OutgoingMailInput = z.input<typeof outgoingMail>;

/**
 * What became of a send. The host keeps a journal by Message-ID, so sending the same Message-ID
 * again never sends twice: it answers with the first outcome.
 *  - accepted: the SMTP server took it (now or in an earlier call).
 *  - failed: not sent; retryable says whether trying later may help (4xx, connection lost before DATA).
 *  - uncertain: the connection broke after the message was handed over, or an earlier attempt
 *    was cut off by a crash; it may have arrived, so it is never sent again automatically.
 */
export type SendOutcome =
  | { status: 'accepted'; acceptedAt: number; response: string; alreadySent: boolean }
  | { status: 'failed'; retryable: boolean; error: string }
  | { status: 'uncertain'; error: string };

/**
 * What the host's journal knows of a Message-ID, without sending anything: the outbox asks this
 * first about an email a crash left in `sending`, so a message that already went is recorded as
 * sent even if the address has been suppressed since, and one that never went is checked again.
 *  - none: never handed to SMTP; failed: the last attempt was refused (not delivered);
 *  - accepted: delivered to the SMTP server; attempting / uncertain: may have been delivered.
 */
export type DeliveryStatus =
  | { state: 'none' }
  | { state: 'failed'; at: number; retryable: boolean; error: string }
  | { state: 'accepted'; at: number; response: string }
  | { state: 'attempting' | 'uncertain'; at: number };

export interface MailServerCheck {
  reachable: boolean;
  /** In words: "Connected to smtp.example.com:587", "No SMTP settings yet", the server's refusal. */
  message: string;
}

export const aiSettings = z.object({
  enabled: z.boolean().default(false),
  /** An OpenAI-compatible API base, e.g. http://127.0.0.1:11434/v1 (Ollama) or https://api.openai.com/v1. */
  baseUrl: z.string().trim().max(500).regex(/^https?:\/\/[^\s/?#@\\]+(?:\/[^\s?#]*)?$/i, 'use an http:// or https:// address'),
  model: z.string().trim().min(1, 'name the model').max(200),
  /** Give up after this long and fall back to the template drafter. */
  timeoutMs: z.number().int().min(1000).max(120_000).default(30_000),
});
export type AiSettings = z.infer<typeof aiSettings>;
export type AiSettingsInput = z.input<typeof aiSettings>;

export const saveAiSettingsRequest = z.object({ settings: aiSettings, apiKey: secretChange });

export interface AiSettingsView {
  settings: AiSettings | null;
  apiKeySaved: boolean;
  secretStorage: string;
}

export const chatMessage = z.object({ role: z.enum(['system', 'user', 'assistant']), content: z.string().max(50_000) });
export type ChatMessage = z.infer<typeof chatMessage>;

/** A chat-completions call; core/emails builds the messages from the lead's context. */
export const aiDraftRequest = z.object({ messages: z.array(chatMessage).min(1).max(20) });
export type AiDraftRequest = z.infer<typeof aiDraftRequest>;

export type AiDraftResult =
  | { ok: true; model: string; content: string }
  /** off: not enabled or not set up; unreachable / refused: the endpoint failed (say why). */
  | { ok: false; reason: 'off' | 'unreachable' | 'refused'; error: string };

export const attachmentFile = z.object({
  fileName: z
    .string()
    .trim()
    .min(1)
    .max(255)
    .regex(/^[^/\\\0]+$/, 'a file name cannot contain / or \\'),
  contentType: z.string().trim().max(100).default('application/octet-stream'),
  /** The file's bytes, base64; at most 10 MB once decoded. */
  dataBase64: z.string().max(14_000_000),
});
export type AttachmentFile = z.input<typeof attachmentFile>;

export interface LibraryAttachment {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  addedAt: number;
}

// ---- Platform: connecting to Power Cozmo's platform and replicating through the host (issue 7) ----
// The bearer token stays in the host (secure storage): the page names the platform user it acts
// for and the path; the host adds the token. No channel ever returns the token.

/** http only for this computer (a local or test platform); anything else must be https. */
const platformUrlPattern = /^(?:https:\/\/[^\s/?#@\\]+|http:\/\/(?:localhost|127\.0\.0\.1)(?::\d{1,5})?)\/?$/i;
export const platformUrl = z
  .string()
  .trim()
  .max(500)
  .regex(platformUrlPattern, 'use an https:// address (http:// only for localhost or 127.0.0.1), without a path')
  .transform((value) => value.replace(/\/+$/, ''));

export const platformConnectRequest = z.object({
  url: platformUrl,
  email: z.string().trim().min(3, 'enter your email').max(254),
  password: z.string().min(1, 'enter your password').max(1000),
});
export type PlatformConnectRequest = z.input<typeof platformConnectRequest>;

/** A platform user id as the page names it (the session to use); platformUser's id rule. */
export const platformUserId = z.string().min(1).max(64);

/**
 * The replicated collections, spelled out: the sandboxed preload bundles this file and may not
 * load the document schemas protocol.ts imports. The type check below keeps the two lists equal.
 */
const syncCollections = ['leads', 'events', 'notes', 'reminders', 'config', 'emails', 'rules', 'contacts', 'accounts', 'dispatches'] as const satisfies readonly ReplicatedCollection[];
const sameCollections: Exclude<ReplicatedCollection, (typeof syncCollections)[number]> extends never ? true : false = true;
const collectionPattern = sameCollections ? syncCollections.join('|') : '';
/** The only paths the page may reach through the host: the sync API and who-am-I. */
export const platformRequestPathPattern = new RegExp(`^(?:/sync/(?:${collectionPattern})/(?:pull|push)|/auth/me)$`);
export const platformStreamPathPattern = new RegExp(`^/sync/(?:${collectionPattern})/stream$`);

export const platformHostRequest = z
  .object({
    userId: platformUserId,
    method: z.enum(['GET', 'POST']),
    path: z.string().max(100).regex(platformRequestPathPattern, 'not a sync path'),
    body: z.unknown().optional(),
  })
  .refine((r) => (r.path === '/auth/me' ? r.method === 'GET' : r.method === 'POST'), 'the sync API is POST, /auth/me is GET');
export type PlatformHostRequest = z.input<typeof platformHostRequest>;

export const platformStreamRequest = z.object({
  userId: platformUserId,
  path: z.string().max(100).regex(platformStreamPathPattern, 'not a sync stream path'),
});
export type PlatformStreamRequest = z.infer<typeof platformStreamRequest>;

/**
 * The platform's answer through the host. unreachable: never reached it (offline, refused, timed
 * out); not_connected: no session for that user on this device, or its login ended (401 / expired).
 */
export type PlatformHostReply =
  | { ok: true; status: number; body: unknown }
  | { ok: false; reason: 'unreachable' | 'not_connected'; message: string };

export type PlatformConnectionState = 'not_connected' | 'connected' | 'needs_login';

/** What the page may know of a connection: never the token. */
export interface PlatformConnectionView {
  state: PlatformConnectionState;
  /** The platform's address (the last one used when not connected), or null. */
  url: string | null;
  user: PlatformUser | null;
  /** When the login ends (epoch ms), or null. */
  expiresAt: number | null;
  /** Where the token is kept, in words. */
  secretStorage: string;
  /** Why a login is needed again ("Your session expired"), or null. */
  message: string | null;
}

/** A stream's events, in order: open, then messages; error ends it (the caller reconnects). */
export interface PlatformStreamHandlers {
  onOpen(): void;
  onMessage(data: string): void;
  onError(error: Error): void;
}

/** Stream ids are chosen by the page (so it listens before asking); the host checks the shape. */
export const platformStreamId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);
/** IPC: open a stream (id, request), close it (id), and main → page events. */
export const platformStreamOpenChannel = 'lead-center:platform-stream-open';
export const platformStreamCloseChannel = 'lead-center:platform-stream-close';
export const platformStreamEventChannel = 'lead-center:platform-stream-event';
export const platformStreamEvent = z.discriminatedUnion('kind', [
  z.object({ streamId: platformStreamId, kind: z.literal('open') }),
  z.object({ streamId: platformStreamId, kind: z.literal('message'), data: z.string() }),
  z.object({ streamId: platformStreamId, kind: z.literal('error'), message: z.string() }),
]);
export type PlatformStreamEvent = z.infer<typeof platformStreamEvent>;
/**
 * Browser mode: a browser keeps at most six HTTP/1.1 connections per host, so the page's streams
 * share one: POST platformStreamHttpPath opens the page's event channel (text/event-stream; first
 * `event: channel` with its id, then one `data:` PlatformStreamEvent per line); streams are added
 * and removed with POST …/open {args:[channelId, streamId, request]} and …/close {args:[channelId, streamId]}.
 */
export const platformStreamHttpPath = '/api/platform-stream';
export const platformStreamChannelId = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/);

/** Request channels: argument schemas, one entry per channel. */
export const desktopRequests = {
  getAppInfo: z.tuple([]),
  showNotification: z.tuple([notificationRequest]),
  openExternal: z.tuple([externalUrl]),
  getMailSettings: z.tuple([]),
  saveMailSettings: z.tuple([saveMailSettingsRequest]),
  checkMailServer: z.tuple([]),
  sendEmail: z.tuple([outgoingMail]),
  deliveryStatus: z.tuple([outgoingMail.shape.messageId]),
  getAiSettings: z.tuple([]),
  saveAiSettings: z.tuple([saveAiSettingsRequest]),
  draftWithAi: z.tuple([aiDraftRequest]),
  listAttachments: z.tuple([]),
  addAttachment: z.tuple([attachmentFile]),
  removeAttachment: z.tuple([z.string().min(1).max(64)]),
  getPlatformConnection: z.tuple([platformUserId.nullable().default(null)]),
  connectPlatform: z.tuple([platformConnectRequest]),
  disconnectPlatform: z.tuple([platformUserId]),
  platformRequest: z.tuple([platformHostRequest]),
} as const;

export type DesktopChannel = keyof typeof desktopRequests;

export interface DesktopResults {
  getAppInfo: AppInfo;
  showNotification: { shown: boolean };
  openExternal: { opened: boolean };
  getMailSettings: MailSettingsView;
  saveMailSettings: MailSettingsView;
  checkMailServer: MailServerCheck;
  sendEmail: SendOutcome;
  deliveryStatus: DeliveryStatus;
  getAiSettings: AiSettingsView;
  saveAiSettings: AiSettingsView;
  draftWithAi: AiDraftResult;
  listAttachments: LibraryAttachment[];
  addAttachment: LibraryAttachment;
  removeAttachment: { removed: boolean };
  getPlatformConnection: PlatformConnectionView;
  connectPlatform: PlatformConnectionView;
  disconnectPlatform: PlatformConnectionView;
  platformRequest: PlatformHostReply;
}

export type DesktopArgs<K extends DesktopChannel> = z.input<(typeof desktopRequests)[K]>;

export type DesktopApi = {
  [K in DesktopChannel]: (...args: DesktopArgs<K>) => Promise<DesktopResults[K]>;
} & {
  /** Clicks on a notification that names a lead; returns an unsubscribe function. */
  onOpenLead(listener: (leadId: string) => void): () => void;
  /** The platform's server-sent events for one user and path, through the host; returns close. */
  openPlatformStream(request: PlatformStreamRequest, handlers: PlatformStreamHandlers): () => void;
};

/** IPC channel name for a request; one name per channel, never a generic pass-through. */
export const ipcChannelName = (channel: DesktopChannel): string => `lead-center:${channel}`;
export const openLeadEventChannel = 'lead-center:open-lead';
