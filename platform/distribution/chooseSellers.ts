/**
 * The Lead Distribution Center's choice (seed 002: "resent to other sellers based on seller
 * subscription, score, etc."): which sellers get a copy of an RFQ. Deterministic: the same
 * sellers and the same RFQ always give the same copies, in the same order.
 */

export const sellerTiers = ['premium', 'standard', 'basic'] as const;
export type SellerTier = (typeof sellerTiers)[number];

export interface SellerProfile {
  id: string;
  teamId: string;
  tier: SellerTier;
  /** Product categories the seller sells, e.g. 'solar', 'pumps'. */
  categories: readonly string[];
  sellerScore: number;
}

export interface ChosenSeller {
  seller: SellerProfile;
  /** Why this seller, in words for the log. */
  reason: string;
}

export interface SellerChoice {
  chosen: ChosenSeller[];
  /** Why fewer copies than asked for, or null. */
  shortfall: string | null;
}

const tierRank: Record<SellerTier, number> = { premium: 0, standard: 1, basic: 2 };

const norm = (text: string): string => text.trim().toLowerCase();

/**
 * Up to `copies` sellers other than the addressed one: those selling the RFQ's category first,
 * then by subscription tier (premium, standard, basic), seller score (highest first) and id.
 * Sellers without the category fill the remaining places only after every matching one.
 */
export function chooseSellers(candidates: readonly SellerProfile[], addressedSellerId: string, category: string, copies: number): SellerChoice {
  const wanted = norm(category);
  const others = candidates.filter((s) => s.id !== addressedSellerId);
  const ranked = others
    .map((seller) => ({ seller, matches: wanted !== '' && seller.categories.some((c) => norm(c) === wanted) }))
    .sort(
      (a, b) =>
        Number(b.matches) - Number(a.matches) ||
        tierRank[a.seller.tier] - tierRank[b.seller.tier] ||
        b.seller.sellerScore - a.seller.sellerScore ||
        (a.seller.id < b.seller.id ? -1 : a.seller.id > b.seller.id ? 1 : 0),
    );
  const limit = Math.max(0, Math.floor(copies));
  const chosen = ranked.slice(0, limit).map(({ seller, matches }, i) => ({
    seller,
    reason: `${i + 1}. ${matches ? `sells ${wanted}` : wanted === '' ? 'no category given' : `does not list ${wanted}`}, ${seller.tier} tier, seller score ${seller.sellerScore}`,
  }));
  const shortfall =
    chosen.length < limit
      ? `only ${others.length} other active seller${others.length === 1 ? '' : 's'} on the platform, ${limit} copies asked for`
      : null;
  return { chosen, shortfall };
}
