import { z } from 'zod';
import { actor, documentId, epochMs } from './base';
import { jsonObject } from './json';

/** Collections a change set may touch. Events are immutable: they are written after a change set, never in one. */
export const changeCollections = ['leads', 'notes', 'reminders', 'contacts', 'accounts', 'dispatches'] as const;
export type ChangeCollection = (typeof changeCollections)[number];

/** One document's part in a change set: its whole state before and after. */
export const documentChange = z.object({
  collection: z.enum(changeCollections),
  id: documentId,
  /** The stored document before the change; null when the change creates it. */
  before: jsonObject.nullable(),
  /** The document after the change; null when the change deletes it (soft deletion, so it replicates). */
  after: jsonObject.nullable(),
});
export type DocumentChange = z.infer<typeof documentChange>;

export const changeSetKinds = ['conversion', 'merge'] as const;
export type ChangeSetKind = (typeof changeSetKinds)[number];

/**
 * applying: being written (a crash leaves it so; the next start rolls it back);
 * applied: every document written; rolled_back: a write failed and the written ones were put back;
 * undone: the user took it back.
 */
export const changeSetStatuses = ['applying', 'applied', 'rolled_back', 'undone'] as const;
export type ChangeSetStatus = (typeof changeSetStatuses)[number];

/**
 * Several documents changed as one: a conversion (lead, contact, account) or a merge (survivor,
 * merged leads, their notes and reminders). Kept in config kind 'change-journal' under its id, so
 * it can be applied all-or-nothing and undone later.
 */
export const changeSet = z.object({
  id: documentId,
  kind: z.enum(changeSetKinds),
  /** What happened, in the seller's words ("Converted Ana Ruiz into a contact at Acme Power"). */
  label: z.string().min(1).max(300),
  at: epochMs,
  actor,
  status: z.enum(changeSetStatuses),
  /** Leads concerned, so the lead page can offer the undo. */
  leadIds: z.array(documentId).min(1).max(50),
  changes: z.array(documentChange).min(1).max(5000),
  undoneAt: epochMs.nullable().default(null),
  /** Why a part was not undone or rolled back (the document changed since, in that field). */
  problems: z.array(z.string().max(500)).max(200).default([]),
});
export type ChangeSet = z.infer<typeof changeSet>;
export type ChangeSetInput = z.input<typeof changeSet>;
