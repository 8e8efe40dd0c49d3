import type { PlatformUser, ReplicatedCollection, WireDocument } from '../../core/sync/protocol';
import { sameDocument } from './wireDocuments';

/** A stored document's facts the rules look at. */
export interface StoredFacts {
  ownerId: string;
  teamId: string;
  collection: ReplicatedCollection;
  /** An email that has left draft once (a manager sees it from then on). */
  teamVisible: boolean;
}

/** Collections a manager (or admin) shares with the team. */
const teamCollections: ReadonlySet<ReplicatedCollection> = new Set(['leads', 'emails']);

function leadsTheTeam(user: PlatformUser): boolean {
  return user.role === 'manager' || user.role === 'admin';
}

/** An email is shown to the team once its status is not draft; it stays shown (no stale copies on the manager's side). */
export function isTeamVisible(collection: ReplicatedCollection, document: WireDocument, wasVisible: boolean): boolean {
  if (collection === 'leads') return true;
  if (collection !== 'emails') return false;
  const status = typeof document.status === 'string' ? document.status : 'draft';
  return wasVisible || status !== 'draft';
}

/** Own documents; a manager or admin also the team's leads and the team's emails once not draft. */
export function canRead(user: PlatformUser, stored: StoredFacts): boolean {
  if (stored.ownerId === user.id) return true;
  return leadsTheTeam(user) && stored.teamId === user.teamId && teamCollections.has(stored.collection) && stored.teamVisible;
}

/**
 * Why a push row may not be written, or null when it may. New documents must be the pusher's own
 * (ownerId me, teamId my team); a stored document keeps its owner and team; a manager may change
 * the team's leads and shown emails; events never change once written.
 */
export function writeRefusal(user: PlatformUser, collection: ReplicatedCollection, stored: (StoredFacts & { document: WireDocument }) | null, next: WireDocument): string | null {
  const ownerId = next.ownerId;
  const teamId = next.teamId;
  if (!stored) {
    if (ownerId !== user.id) return 'a new document must belong to you (ownerId)';
    if (teamId !== user.teamId) return 'a new document must belong to your team (teamId)';
    return null;
  }
  if (stored.ownerId !== ownerId || stored.teamId !== teamId) return 'the owner and team of a document do not change';
  if (!canRead(user, stored)) return 'this document belongs to someone else';
  if (collection === 'events' && !sameDocument(stored.document, next)) return 'events do not change once written';
  return null;
}
