import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { requireUser, userOf } from '../auth/requireUser';
import { PlatformHttpError } from '../http/platformHttpError';
import type { PublicDeps } from '../pages/publicDeps';
import { newId } from '../tracking/platformLeads';
import { distributeRfq, readDistributions, rfqRequest, type RfqResponse } from './distributeRfq';

const distributionQuery = z.object({ limit: z.coerce.number().int().min(1).max(1000).default(100) });

function shapeProblems(error: z.ZodError): { id: string; reason: string }[] {
  return error.issues.slice(0, 20).map((issue) => ({ id: issue.path.map(String).join('.') || 'body', reason: issue.message }));
}

/**
 * The Lead Distribution Center's API for the marketplace (an admin account): POST /api/rfq hands
 * an RFQ to its seller and copies it to others; GET /api/distributions is the log.
 */
export function registerMarketplaceRoutes(app: FastifyInstance, deps: PublicDeps): void {
  const marketplace = requireUser(deps.users, ['admin']);
  const now = deps.now ?? Date.now;

  app.post('/api/rfq', { preHandler: marketplace, bodyLimit: 64 * 1024 }, async (request): Promise<RfqResponse> => {
    const parsed = rfqRequest.safeParse(request.body);
    if (!parsed.success) throw new PlatformHttpError(400, 'invalid_request', 'Not an RFQ the platform can take.', shapeProblems(parsed.error));
    const rfq = parsed.data;
    const distributionId = rfq.id ?? newId();
    const copies = deps.config.distributionCopies;
    const done = await deps.store.platformWrite((tx) => distributeRfq(tx, rfq, copies, now(), distributionId));
    request.log.info(
      {
        event: done.repeated ? 'rfq_repeated' : 'rfq_distributed',
        distributionId: done.distributionId,
        sellerId: rfq.sellerId,
        directLeadId: done.directLeadId,
        category: rfq.category,
        copiesAsked: copies,
        copies: done.reasons,
        shortfall: done.shortfall,
        by: userOf(request).id,
      },
      done.repeated ? 'RFQ seen before: earlier distribution returned' : `RFQ distributed to ${done.copies.length} other seller(s)`,
    );
    return { directLeadId: done.directLeadId, copies: done.copies, distributionId: done.distributionId };
  });

  app.get('/api/distributions', { preHandler: marketplace }, async (request) => {
    const query = distributionQuery.safeParse(request.query ?? {});
    if (!query.success) throw new PlatformHttpError(400, 'invalid_request', 'limit is a whole number from 1 to 1000.');
    return { distributions: await readDistributions(deps.db, query.data.limit) };
  });
}
