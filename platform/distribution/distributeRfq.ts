import { z } from 'zod';
import { epochMs } from '../../core/model/base';
import type { PlatformWriteTx } from '../store/documentStore';
import { buyerInput, createLead, leadFieldsOf, normaliseBuyer } from '../tracking/platformLeads';
import { chooseSellers, type SellerProfile } from './chooseSellers';
import { activeSellers, findLeadOwner } from './sellerDirectory';
import { PlatformHttpError } from '../http/platformHttpError';

/** An RFQ as the marketplace posts it. */
export const rfqRequest = z.object({
  /** The marketplace's id of the RFQ: posting it again answers with the first distribution. */
  id: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{1,64}$/, 'an RFQ id uses letters, digits and _ . : - (64 at most)')
    .optional(),
  /** The seller the buyer addressed. */
  sellerId: z.string().trim().min(1).max(64),
  buyer: buyerInput,
  product: z.string().trim().min(1, 'name the product').max(500),
  /** Product category, e.g. 'solar'; sellers of it get the copies first. */
  category: z.string().trim().max(60).default(''),
  quantity: z.string().trim().max(100).default(''),
  message: z.string().trim().max(2000).default(''),
  at: epochMs.optional(),
});
export type RfqRequest = z.infer<typeof rfqRequest>;

export const rfqResponse = z.object({
  directLeadId: z.string(),
  copies: z.array(z.object({ sellerId: z.string(), leadId: z.string() })),
  distributionId: z.string(),
});
export type RfqResponse = z.infer<typeof rfqResponse>;

/** The seed's lead source table: a buyer's own request, and a copy from the distribution center. */
export const directRfqSource = { category: 'Platform-Specific Channels', channel: 'Get Quote Form' } as const;
export const copiedRfqSource = { category: 'Platform-Specific Channels', channel: 'Power Cozmo Leads' } as const;

export interface Distribution extends RfqResponse {
  at: number;
  /** Why each copy went where it went, and why fewer than asked (null when not). */
  reasons: { sellerId: string; reason: string }[];
  shortfall: string | null;
  repeated: boolean;
}

interface DistributionRow {
  id: string;
  at: number | string;
  rfq: unknown;
  direct_seller_id: string;
  copies: unknown;
  reasons: unknown;
}

const storedReasons = z.object({
  directLeadId: z.string(),
  chosen: z.array(z.object({ sellerId: z.string(), reason: z.string() })),
  shortfall: z.string().nullable(),
});
const storedCopies = z.array(z.object({ sellerId: z.string(), leadId: z.string() }));

export interface DistributionLogEntry {
  id: string;
  at: number;
  directSellerId: string;
  directLeadId: string;
  rfq: unknown;
  copies: { sellerId: string; leadId: string }[];
  reasons: { sellerId: string; reason: string }[];
  shortfall: string | null;
}

function entryOf(row: DistributionRow): DistributionLogEntry {
  const reasons = storedReasons.parse(row.reasons);
  return {
    id: row.id,
    at: Number(row.at),
    directSellerId: row.direct_seller_id,
    directLeadId: reasons.directLeadId,
    rfq: row.rfq,
    copies: storedCopies.parse(row.copies),
    reasons: reasons.chosen,
    shortfall: reasons.shortfall,
  };
}

export async function readDistributions(db: PlatformWriteTx['query'], limit: number): Promise<DistributionLogEntry[]> {
  const { rows } = await db.query<DistributionRow>('SELECT * FROM distributions ORDER BY at DESC, id DESC LIMIT $1', [limit]);
  return rows.map(entryOf);
}

/**
 * One RFQ, in one transaction: the direct lead for the addressed seller with its quote_request,
 * a "Power Cozmo lead" copy for each chosen seller, and the log row. An RFQ id seen before
 * answers with the earlier distribution and writes nothing.
 */
export async function distributeRfq(tx: PlatformWriteTx, rfq: RfqRequest, copies: number, now: number, distributionId: string): Promise<Distribution> {
  if (rfq.id !== undefined) {
    const { rows } = await tx.query.query<DistributionRow>('SELECT * FROM distributions WHERE id = $1', [rfq.id]);
    if (rows[0]) {
      const earlier = entryOf(rows[0]);
      return { distributionId: earlier.id, at: earlier.at, directLeadId: earlier.directLeadId, copies: earlier.copies, reasons: earlier.reasons, shortfall: earlier.shortfall, repeated: true };
    }
  }
  const addressed = await findLeadOwner(tx.query, rfq.sellerId);
  if (!addressed) throw new PlatformHttpError(404, 'unknown_seller', `There is no active seller "${rfq.sellerId}" on the platform.`);
  const buyer = normaliseBuyer(rfq.buyer);
  if (!buyer.ok) throw new PlatformHttpError(400, 'invalid_request', 'The buyer\'s email address cannot be used.', [{ id: 'buyer.email', reason: buyer.reason }]);

  const at = Math.min(rfq.at ?? now, now);
  const choice = chooseSellers(await activeSellers(tx.query), addressed.id, rfq.category, copies);
  const quote = { product: rfq.product, category: rfq.category, quantity: rfq.quantity, message: rfq.message, distributionId };
  const lead = (seller: SellerProfile, leadType: 'direct' | 'platform') =>
    createLead(
      tx,
      { ownerId: seller.id, teamId: seller.teamId },
      { ...leadFieldsOf(buyer.buyer), leadType, source: { ...(leadType === 'direct' ? directRfqSource : copiedRfqSource), detail: rfq.product } },
      [{ type: 'quote_request', at, data: { ...quote, copy: leadType === 'platform' } }],
      { source: 'rfq', distributionId },
      now,
    );

  const direct = await lead(addressed, 'direct');
  const copied: { sellerId: string; leadId: string }[] = [];
  for (const { seller } of choice.chosen) copied.push({ sellerId: seller.id, leadId: (await lead(seller, 'platform')).lead.id });

  const reasons = choice.chosen.map((c) => ({ sellerId: c.seller.id, reason: c.reason }));
  await tx.query.query('INSERT INTO distributions (id, at, rfq, direct_seller_id, copies, reasons) VALUES ($1, $2, $3, $4, $5, $6)', [
    distributionId,
    now,
    JSON.stringify(rfq),
    addressed.id,
    JSON.stringify(copied),
    JSON.stringify({ directLeadId: direct.lead.id, chosen: reasons, shortfall: choice.shortfall }),
  ]);
  return { distributionId, at: now, directLeadId: direct.lead.id, copies: copied, reasons, shortfall: choice.shortfall, repeated: false };
}
