import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { epochMs } from '../../core/model/base';
import { requireUser, userOf } from '../auth/requireUser';
import { findLeadOwner } from '../distribution/sellerDirectory';
import { PlatformHttpError } from '../http/platformHttpError';
import { messagePage, pageHeaders } from '../pages/html';
import type { PublicDeps } from '../pages/publicDeps';
import type { PlatformWriteTx } from '../store/documentStore';
import { clickTarget } from './emailLinks';
import { pixelHeaders, transparentGif } from './pixel';
import { buyerInput, createLead, findSellersLead, leadFieldsOf, liveLead, normaliseBuyer, recordEvents } from './platformLeads';
import { findTrackedEmail } from './trackedEmails';

export const trackRequest = z.object({
  type: z.enum(['page_view', 'download', 'quote_request']),
  sellerId: z.string().trim().min(1).max(64),
  buyer: buyerInput,
  at: epochMs.optional(),
  /** What was viewed, downloaded or asked for (a product page, a datasheet…). */
  detail: z.string().trim().max(2000).default(''),
});
export type TrackRequest = z.infer<typeof trackRequest>;

/** Where a buyer found by tracking comes from (seed 002's lead source table). */
const trackedSource = {
  page_view: { category: 'Platform-Specific Channels', channel: 'Power Cozmo Leads' },
  download: { category: 'Platform-Specific Channels', channel: 'Power Cozmo Leads' },
  quote_request: { category: 'Platform-Specific Channels', channel: 'Get Quote Form' },
} as const;

const emailParam = z.object({ id: z.string().max(200) });
const pixelParam = z.object({ file: z.string().max(200) });

/** An email event on the email's lead (owner = the email's owner); false when there is no live lead. */
async function recordOnEmailLead(tx: PlatformWriteTx, email: { ownerId: string; leadId: string; id: string }, type: 'email_open' | 'email_click', data: Record<string, string>, now: number): Promise<boolean> {
  const stored = await tx.read(email.ownerId, 'leads', email.leadId);
  const lead = liveLead(stored);
  if (!lead) return false;
  await recordEvents(tx, stored, lead, [{ type, at: now, data: { emailId: email.id, ...data } }], now);
  return true;
}

/**
 * Tracking: the open pixel, the click redirect (only to a link the email contained), and the
 * marketplace's page-view / download / quote-request ingestion (admin).
 */
export function registerTrackingRoutes(app: FastifyInstance, deps: PublicDeps): void {
  const now = deps.now ?? Date.now;

  app.get('/t/o/:file', async (request, reply) => {
    const file = pixelParam.safeParse(request.params).data?.file ?? '';
    const emailId = file.endsWith('.gif') ? file.slice(0, -'.gif'.length) : '';
    try {
      if (emailId !== '') {
        const recorded = await deps.store.platformWrite(async (tx) => {
          const email = await findTrackedEmail(tx, emailId);
          return email ? recordOnEmailLead(tx, email, 'email_open', {}, now()) : false;
        });
        if (recorded) request.log.info({ event: 'email_open', emailId }, 'email opened');
      }
    } catch (error) {
      // The pixel answers the same whatever happened: nothing to learn from it.
      request.log.error({ err: error, emailId }, 'recording an email open failed');
    }
    return reply.status(200).headers(pixelHeaders).send(transparentGif);
  });

  app.get('/t/c/:id', async (request, reply) => {
    const emailId = emailParam.safeParse(request.params).data?.id ?? '';
    const asked = (request.query as Record<string, unknown> | undefined)?.u;
    const target = await deps.store.platformWrite(async (tx) => {
      const email = await findTrackedEmail(tx, emailId);
      if (!email) return null;
      const to = clickTarget(email.body, asked);
      if (to === null) return null;
      await recordOnEmailLead(tx, email, 'email_click', { url: to.slice(0, 2000) }, now());
      return to;
    });
    if (target === null) {
      request.log.info({ event: 'click_refused', emailId }, 'click to an address the email does not contain');
      return reply
        .status(404)
        .headers(pageHeaders)
        .send(messagePage('This link is not available', 'The link you followed is not one we can open for you. If you typed or changed it, use the link in the email as it is.'));
    }
    request.log.info({ event: 'email_click', emailId }, 'email link clicked');
    return reply.status(302).headers({ 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' }).redirect(target);
  });

  app.post('/api/track', { preHandler: requireUser(deps.users, ['admin']), bodyLimit: 64 * 1024 }, async (request) => {
    const parsed = trackRequest.safeParse(request.body);
    if (!parsed.success) {
      const problems = parsed.error.issues.slice(0, 20).map((issue) => ({ id: issue.path.map(String).join('.') || 'body', reason: issue.message }));
      throw new PlatformHttpError(400, 'invalid_request', 'Not a tracking event the platform can take.', problems);
    }
    const track = parsed.data;
    const buyer = normaliseBuyer(track.buyer);
    if (!buyer.ok) throw new PlatformHttpError(400, 'invalid_request', "The buyer's email address cannot be used.", [{ id: 'buyer.email', reason: buyer.reason }]);
    const result = await deps.store.platformWrite(async (tx) => {
      const seller = await findLeadOwner(tx.query, track.sellerId);
      if (!seller) throw new PlatformHttpError(404, 'unknown_seller', `There is no active seller "${track.sellerId}" on the platform.`);
      const at = Math.min(track.at ?? now(), now());
      const data: Record<string, string> = track.detail === '' ? {} : { detail: track.detail };
      const happening = { type: track.type, at, data };
      const existing = await findSellersLead(tx, seller.id, buyer.buyer.email);
      if (existing) {
        const recorded = await recordEvents(tx, existing.stored, existing.lead, [happening], now());
        return { leadId: existing.lead.id, eventId: recorded.events[0]?.id ?? '', createdLead: false };
      }
      const created = await createLead(
        tx,
        { ownerId: seller.id, teamId: seller.teamId },
        {
          ...leadFieldsOf(buyer.buyer),
          leadType: track.type === 'quote_request' ? 'direct' : 'potential',
          source: { ...trackedSource[track.type], detail: track.detail.slice(0, 500) },
        },
        [happening],
        { source: 'tracking' },
        now(),
      );
      // events[0] is lead_created; the tracked event follows it.
      return { leadId: created.lead.id, eventId: created.events[1]?.id ?? '', createdLead: true };
    });
    request.log.info({ event: 'tracked', type: track.type, sellerId: track.sellerId, leadId: result.leadId, createdLead: result.createdLead, by: userOf(request).id }, 'buyer activity recorded');
    return result;
  });
}
