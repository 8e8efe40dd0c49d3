import { z } from 'zod';
import type { LeadBrain } from '../../core/brain/leadBrain';
import type { Actor } from '../../core/model/base';
import type { Seller } from './contract';
import type { LeadCenterDatabase } from './database';
import { parseOrThrow } from './validate';

/** What every write needs: the database, who is acting, and the injected clock and ids. */
export interface DataContext {
  readonly db: LeadCenterDatabase;
  readonly seller: Seller;
  readonly clock: () => number;
  readonly newId: () => string;
  /** The lead brain for the current settings (recompiled when they change). */
  readonly brain: () => LeadBrain;
}

const sellerSchema = z.object({
  userId: z.string().min(1).max(64),
  userName: z.string().max(200),
  teamId: z.string().min(1).max(64),
  role: z.enum(['seller', 'manager']),
});

export function validSeller(seller: Seller): Seller {
  return parseOrThrow(sellerSchema, seller, 'seller profile');
}

export function userActor(seller: Seller): Actor {
  return { kind: 'user', id: seller.userId, name: seller.userName };
}

/** The fields every new document starts with (DESIGN.md, data model): a fresh id, its owner, now. */
export function newDocumentFields(ctx: DataContext, now: number): { id: string; ownerId: string; teamId: string; createdAt: number; updatedAt: number } {
  return { id: ctx.newId(), ownerId: ctx.seller.userId, teamId: ctx.seller.teamId, createdAt: now, updatedAt: now };
}

/** Who moved a lead when the brain did it (a stage advanced by an event). */
export const brainActor: Actor = { kind: 'system', id: 'lead-brain', name: 'Lead Center' };
