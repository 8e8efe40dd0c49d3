import { z } from 'zod';
import { account } from '../model/account';
import { configDocument } from '../model/config';
import { contact } from '../model/contact';
import { dispatch } from '../model/dispatch';
import { email } from '../model/email';
import { leadEvent } from '../model/event';
import { lead } from '../model/lead';
import { note } from '../model/note';
import { reminder } from '../model/reminder';
import { storedRule } from '../model/storedRule';

/**
 * The replication protocol between the app and the platform (DESIGN.md, sync protocol): per
 * collection a pull (checkpoint + batch size → documents + new checkpoint), a push (rows of
 * assumed master state + new state → conflicts) and a server-sent-events stream. Both sides
 * validate with these schemas; the server with the document schemas too.
 */
export const replicatedCollections = ['leads', 'events', 'notes', 'reminders', 'config', 'emails', 'rules', 'contacts', 'accounts', 'dispatches'] as const;
export type ReplicatedCollection = (typeof replicatedCollections)[number];
export const replicatedCollection = z.enum(replicatedCollections);

/** Each collection's document schema (the same ones the app writes with). */
export const replicatedDocumentSchemas = {
  leads: lead,
  events: leadEvent,
  notes: note,
  reminders: reminder,
  config: configDocument,
  emails: email,
  rules: storedRule,
  contacts: contact,
  accounts: account,
  dispatches: dispatch,
} as const satisfies Record<ReplicatedCollection, z.ZodType>;

/**
 * A position in one user's stream of changes: the server-assigned sequence of the last document
 * received. Sequences are given by the server in commit order, never by client clocks.
 */
export const syncCheckpoint = z.object({ sequence: z.number().int().min(0) });
export type SyncCheckpoint = z.infer<typeof syncCheckpoint>;

/** Pull batches: 500–1,000 for a first sync (round trips dominate over a real network). */
export const defaultPullBatchSize = 1000;
export const maxPullBatchSize = 2000;
/** Rows per push request, and the size of a push body the server accepts. */
export const maxPushRows = 1000;
export const maxPushBytes = 8 * 1024 * 1024;

/**
 * A document on the wire: the collection's document plus RxDB's `_deleted` (soft deletion
 * replicates). The shape is checked per collection with replicatedDocumentSchemas.
 */
export const wireDocument = z.looseObject({ id: z.string().min(1).max(64), _deleted: z.boolean() });
export type WireDocument = z.infer<typeof wireDocument>;

export const pullRequest = z.object({
  /** Absent or null: from the beginning. */
  checkpoint: syncCheckpoint.nullable().default(null),
  batchSize: z.number().int().min(1).max(maxPullBatchSize).default(defaultPullBatchSize),
});
export type PullRequest = z.infer<typeof pullRequest>;

export const pullResponse = z.object({
  documents: z.array(wireDocument),
  /** The checkpoint after this batch; the request's own when there was nothing new. */
  checkpoint: syncCheckpoint.nullable(),
});
export type PullResponse = z.infer<typeof pullResponse>;

export const pushRow = z.object({
  /** The server's state the client last saw; null (or absent) for a document new to the server. */
  assumedMasterState: wireDocument.nullable().default(null),
  newDocumentState: wireDocument,
});
export type PushRow = z.infer<typeof pushRow>;

export const pushRequest = z.object({ rows: z.array(pushRow).max(maxPushRows) });
export type PushRequest = z.infer<typeof pushRequest>;

/** The stored documents of the rows that were not written (the assumed state was out of date). */
export const pushResponse = z.object({ conflicts: z.array(wireDocument) });
export type PushResponse = z.infer<typeof pushResponse>;

/**
 * One message of the stream (`data:` line of server-sent events, JSON): a committed batch the
 * user may read. The client answers a reconnect with a RESYNC (a pull from its checkpoint).
 */
export const streamMessage = z.object({ documents: z.array(wireDocument), checkpoint: syncCheckpoint });
export type StreamMessage = z.infer<typeof streamMessage>;

/** Every error the platform answers with: a machine code and a sentence for the person. */
export const platformError = z.object({
  error: z.string().max(100),
  message: z.string().max(2000),
  /** For refused push rows: which documents and why. */
  problems: z.array(z.object({ id: z.string().max(200), reason: z.string().max(2000) })).max(maxPushRows).optional(),
});
export type PlatformError = z.infer<typeof platformError>;

export const platformRoles = ['seller', 'manager', 'admin'] as const;
export type PlatformRole = (typeof platformRoles)[number];

/** Who a token belongs to, as the platform answers /auth/login and /auth/me. */
export const platformUser = z.object({
  id: z.string().min(1).max(64),
  email: z.string().max(254),
  name: z.string().max(200),
  role: z.enum(platformRoles),
  teamId: z.string().min(1).max(64),
});
export type PlatformUser = z.infer<typeof platformUser>;

export const loginRequest = z.object({
  email: z.string().trim().min(3).max(254),
  password: z.string().min(1).max(1000),
});
export type LoginRequest = z.infer<typeof loginRequest>;

export const loginResponse = z.object({
  token: z.string().min(20).max(200),
  expiresAt: z.number().int(),
  user: platformUser,
});
export type LoginResponse = z.infer<typeof loginResponse>;

/** Paths of the sync API, relative to the platform URL. */
export const syncPaths = {
  pull: (collection: ReplicatedCollection) => `/sync/${collection}/pull`,
  push: (collection: ReplicatedCollection) => `/sync/${collection}/push`,
  stream: (collection: ReplicatedCollection) => `/sync/${collection}/stream`,
} as const;
