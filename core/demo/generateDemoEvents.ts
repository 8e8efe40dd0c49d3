import type { Actor } from '../model/base';
import type { LeadEvent, LeadEventType } from '../model/event';
import type { Lead } from '../model/lead';
import { isManualSourceCategory } from '../reference/leadSources';
import { demoEmailSubjects, demoPages, demoTrades } from './demoCatalogue';
import { counterOfEvent, interestCounters } from './generateDemoLeads';
import { createRandom, hashText, type Random } from './seededRandom';

type Counter = keyof Lead['counters'];
type EventData = LeadEvent['data'];

const eventOfCounter = new Map<Counter, LeadEventType>(
  Object.entries(counterOfEvent).flatMap(([type, counter]) => (counter ? [[counter, type as LeadEventType] as const] : [])),
);
const interest = new Set<Counter>(interestCounters);
/** Done by the seller rather than the buyer. */
const sellerEvents = new Set<LeadEventType>(['email_sent', 'call', 'meeting']);
const platform: Actor = { kind: 'platform', id: 'power-cozmo', name: 'Power Cozmo' };

function productsOf(lead: Lead): readonly string[] {
  return demoTrades.find((trade) => trade.industries.some((industry) => industry === lead.company.industry))?.products ?? ['product catalogue'];
}

function dataFor(type: LeadEventType, lead: Lead, random: Random): EventData {
  switch (type) {
    case 'email_sent':
    case 'email_open':
    case 'email_click':
    case 'email_reply':
      return { subject: random.pick(demoEmailSubjects) };
    case 'quote_request':
      return { product: random.pick(productsOf(lead)), quantity: random.int(1, 50) };
    case 'page_view':
      return { page: random.pick(demoPages) };
    case 'download':
      return { file: `${random.pick(productsOf(lead))} datasheet.pdf` };
    case 'call':
      return { durationMinutes: random.int(2, 45) };
    case 'form_submit':
      return { form: lead.source.channel || 'Contact Seller Form' };
    default:
      return {};
  }
}

/**
 * The events behind a demo lead, agreeing with it: one event per counted action, the latest
 * interest event at lastInterestAt, the latest of all at lastActivityAt, and "lead created" at
 * createdAt. Randomness comes from the lead id, so the same lead always gets the same events.
 */
export function generateDemoEventsForLead(lead: Lead): LeadEvent[] {
  const random = createRandom(hashText(lead.id));
  const planned: Array<{ type: LeadEventType; at: number }> = [];
  const lastActivityAt = lead.lastActivityAt ?? lead.createdAt;
  const interestAt = lead.lastInterestAt;

  const interestSlots: LeadEventType[] = [];
  const otherSlots: LeadEventType[] = [];
  for (const [counter, type] of eventOfCounter) {
    const slots = interest.has(counter) ? interestSlots : otherSlots;
    for (let count = 0; count < lead.counters[counter]; count++) slots.push(type);
  }
  const spread = (types: LeadEventType[], until: number, pinnedAt: number | null): void => {
    if (types.length === 0) return;
    const pinned = pinnedAt === null ? -1 : random.int(0, types.length - 1);
    types.forEach((type, index) => {
      const at = index === pinned && pinnedAt !== null ? pinnedAt : lead.createdAt + Math.floor((until - lead.createdAt) * random.next());
      planned.push({ type, at });
    });
  };
  const interestUntil = interestAt ?? lastActivityAt;
  spread(interestSlots, interestUntil, interestAt);
  const otherIsLatest = interestAt === null || lastActivityAt > interestAt;
  spread(otherSlots, lastActivityAt, otherIsLatest && otherSlots.length > 0 ? lastActivityAt : null);

  planned.sort((a, b) => a.at - b.at);
  const created: LeadEvent = {
    id: `${lead.id}-e0`,
    ownerId: lead.ownerId,
    teamId: lead.teamId,
    createdAt: lead.createdAt,
    updatedAt: lead.createdAt,
    leadId: lead.id,
    type: 'lead_created',
    at: lead.createdAt,
    actor:
      lead.leadType !== 'direct'
        ? platform
        : isManualSourceCategory(lead.source.category)
          ? { kind: 'user', id: lead.ownerId }
          : { kind: 'system', id: 'lead-capture' },
    data: { source: lead.source.channel },
  };
  return [
    created,
    ...planned.map(({ type, at }, index): LeadEvent => ({
      id: `${lead.id}-e${index + 1}`,
      ownerId: lead.ownerId,
      teamId: lead.teamId,
      createdAt: at,
      updatedAt: at,
      leadId: lead.id,
      type,
      at,
      actor: sellerEvents.has(type) ? { kind: 'user', id: lead.ownerId } : platform,
      data: dataFor(type, lead, random),
    })),
  ];
}

/** Events of many demo leads, lead by lead, oldest first within each lead. */
export function generateDemoEvents(leads: readonly Lead[]): LeadEvent[] {
  return leads.flatMap(generateDemoEventsForLead);
}
