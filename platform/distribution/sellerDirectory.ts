import type { Queryable } from '../db/database';
import { sellerTiers, type SellerProfile, type SellerTier } from './chooseSellers';

interface SellerRow {
  id: string;
  team_id: string;
  role: string;
  tier: string;
  categories: unknown;
  seller_score: number | string;
}

function profileOf(row: SellerRow): SellerProfile {
  const tier = (sellerTiers as readonly string[]).includes(row.tier) ? (row.tier as SellerTier) : 'basic';
  const categories = Array.isArray(row.categories) ? row.categories.filter((c): c is string => typeof c === 'string') : [];
  return { id: row.id, teamId: row.team_id, tier, categories, sellerScore: Number(row.seller_score) || 0 };
}

/** A user who can own leads (a seller or a manager, not disabled); null otherwise. */
export async function findLeadOwner(db: Queryable, id: string): Promise<SellerProfile | null> {
  const { rows } = await db.query<SellerRow>(
    `SELECT id, team_id, role, tier, categories, seller_score FROM users WHERE id = $1 AND NOT disabled AND role IN ('seller', 'manager')`,
    [id],
  );
  return rows[0] ? profileOf(rows[0]) : null;
}

/** Every active seller: the ones the distribution center may copy an RFQ to. */
export async function activeSellers(db: Queryable): Promise<SellerProfile[]> {
  const { rows } = await db.query<SellerRow>(`SELECT id, team_id, role, tier, categories, seller_score FROM users WHERE NOT disabled AND role = 'seller' ORDER BY id`);
  return rows.map(profileOf);
}
