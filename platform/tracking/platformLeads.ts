import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { applyEventToLead } from '../../core/brain/eventEffects';
import type { Actor } from '../../core/model/base';
import { bookkeepingEventTypes, leadEvent, type LeadEvent, type LeadEventType } from '../../core/model/event';
import { lead as leadSchema, type Lead, type LeadInput } from '../../core/model/lead';
import { normaliseCountry } from '../../core/model/normaliseCountry';
import { normaliseEmail } from '../../core/model/normaliseEmail';
import { normalisePhone } from '../../core/model/normalisePhone';
import { defaultStageSettings, effectiveStages } from '../../core/settings/stageSettings';
import type { WireDocument } from '../../core/sync/protocol';
import type { PlatformWriteTx } from '../store/documentStore';
import { jsonEqual } from '../store/wireDocuments';

/**
 * Leads and events the platform writes for a seller (RFQs, tracking, unsubscribes): documents of
 * core's schemas, counters and last-activity times moved by core's applyEventToLead, exactly as
 * the app does when it records an event itself. Scores and levels are left to the app: it
 * re-derives a lead when a platform event arrives.
 */

export const platformActor: Actor = { kind: 'platform', id: 'platform', name: 'Power Cozmo' };

/** The platform knows no seller's renamed stages: the default map moves stages forward. */
const stages = effectiveStages(defaultStageSettings);

type EventData = LeadEvent['data'];

export interface Owner {
  ownerId: string;
  teamId: string;
}

/** The buyer as the marketplace describes them. */
export const buyerInput = z.object({
  email: z.string().trim().min(3).max(254),
  name: z.string().trim().max(200).default(''),
  company: z.string().trim().max(200).default(''),
  country: z.string().trim().max(100).default(''),
  phone: z.string().trim().max(40).default(''),
});
export type BuyerInput = z.infer<typeof buyerInput>;

export interface Buyer {
  email: string;
  name: string;
  company: string;
  /** ISO alpha-2 or ''. */
  country: string;
  /** E.164 or ''. */
  phone: string;
}

/** The buyer's fields in the lead's form; an unreadable country or phone is left out, an unreadable email refuses. */
export function normaliseBuyer(input: BuyerInput): { ok: true; buyer: Buyer } | { ok: false; reason: string } {
  const email = normaliseEmail(input.email);
  if (!email.ok) return { ok: false, reason: email.error };
  const country = input.country === '' ? null : normaliseCountry(input.country);
  const phone = input.phone === '' ? null : normalisePhone(input.phone, country?.ok ? country.value : undefined);
  return {
    ok: true,
    buyer: {
      email: email.value,
      name: input.name,
      company: input.company,
      country: country?.ok ? country.value : '',
      phone: phone?.ok ? phone.value : '',
    },
  };
}

export function newId(): string {
  return randomUUID();
}

/** A stored lead that is live and readable; null for a missing, deleted or unreadable one. */
export function liveLead(stored: WireDocument | null): Lead | null {
  if (stored === null || stored._deleted) return null;
  const parsed = leadSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

export function newEvent(owner: Owner, leadId: string, type: LeadEventType, at: number, data: EventData, now: number): LeadEvent {
  return leadEvent.parse({ id: newId(), ownerId: owner.ownerId, teamId: owner.teamId, createdAt: now, updatedAt: now, leadId, type, at, actor: platformActor, data });
}

/**
 * The lead as written: the stored document with only the changed fields replaced, so the app's
 * three-way merge sees the platform's change and nothing else.
 */
function changedOnto(stored: WireDocument | null, after: Lead): WireDocument {
  const before = stored === null ? null : liveLead(stored);
  if (stored === null || before === null) return { ...after, _deleted: false };
  const next: Record<string, unknown> = { ...stored };
  for (const key of Object.keys(after) as (keyof Lead)[]) {
    if (!jsonEqual(before[key], after[key])) next[key] = after[key];
  }
  return { ...next, id: after.id, _deleted: false };
}

export interface RecordedEvents {
  lead: Lead;
  events: LeadEvent[];
}

/**
 * Records events on a lead and writes the lead once: each event's effect (counters, last
 * activity, last interest, stage forward) applied in turn, a stage move recorded as
 * stage_changed like the app's brain does. `stored` is the lead's document as read (null for a
 * lead being created); `current` is the lead with any field changes of the caller already made.
 */
export async function recordEvents(
  tx: PlatformWriteTx,
  stored: WireDocument | null,
  current: Lead,
  happenings: { type: LeadEventType; at: number; data: EventData }[],
  now: number,
): Promise<RecordedEvents> {
  const owner = { ownerId: current.ownerId, teamId: current.teamId };
  let next = current;
  const events: LeadEvent[] = [];
  for (const happening of happenings) {
    const event = newEvent(owner, current.id, happening.type, happening.at, happening.data, now);
    events.push(event);
    // Bookkeeping (lead_updated…) is recorded, never counted as contact with the buyer: as in the app.
    if (bookkeepingEventTypes.has(event.type)) continue;
    const effect = applyEventToLead(next, event, stages);
    next = effect.lead;
    if (effect.stageMove !== null) {
      events.push(newEvent(owner, current.id, 'stage_changed', now, { from: effect.stageMove.from, to: effect.stageMove.to, cause: event.type, causeEventId: event.id }, now));
    }
  }
  next = leadSchema.parse({ ...next, updatedAt: now });
  for (const event of events) await tx.write('events', { ...event, _deleted: false });
  await tx.write('leads', changedOnto(stored, next));
  return { lead: next, events };
}

/** A new lead for a seller with lead_created and the events that brought it, in one go. */
export async function createLead(
  tx: PlatformWriteTx,
  owner: Owner,
  fields: Omit<LeadInput, 'id' | 'ownerId' | 'teamId' | 'createdAt' | 'updatedAt'>,
  happenings: { type: LeadEventType; at: number; data: EventData }[],
  createdData: EventData,
  now: number,
): Promise<RecordedEvents> {
  const created = leadSchema.parse({ ...fields, id: newId(), ownerId: owner.ownerId, teamId: owner.teamId, createdAt: now, updatedAt: now });
  // Bookkeeping, like the app's own lead_created: recorded, never counted as activity.
  const createdEvent = newEvent(owner, created.id, 'lead_created', now, createdData, now);
  await tx.write('events', { ...createdEvent, _deleted: false });
  const recorded = await recordEvents(tx, null, created, happenings, now);
  return { lead: recorded.lead, events: [createdEvent, ...recorded.events] };
}

/** The buyer's fields of a new lead. */
export function leadFieldsOf(buyer: Buyer): Pick<LeadInput, 'email' | 'name' | 'phone' | 'country' | 'company'> {
  return { email: buyer.email, name: buyer.name, phone: buyer.phone, country: buyer.country, company: { name: buyer.company } };
}

/**
 * The seller's lead for a buyer's address: the live one most recently changed, or null. Several
 * leads with one address happen (duplicates the seller has not merged); the freshest is the one
 * being worked.
 */
export async function findSellersLead(tx: PlatformWriteTx, sellerId: string, email: string): Promise<{ stored: WireDocument; lead: Lead } | null> {
  const found = (await tx.findBy('leads', 'email', email, sellerId))
    .map((stored) => ({ stored, lead: liveLead(stored) }))
    .filter((f): f is { stored: WireDocument; lead: Lead } => f.lead !== null && f.lead.ownerId === sellerId)
    .sort((a, b) => b.lead.updatedAt - a.lead.updatedAt || (a.lead.id < b.lead.id ? -1 : 1));
  return found[0] ?? null;
}
