import type { Seller } from '../../data/contract';

export const sellerProfileStorageKey = 'lead-center:seller-profile';

/** The local seller profile saved on first run, or null before it. */
export function loadSellerProfile(): Seller | null {
  try {
    const raw = localStorage.getItem(sellerProfileStorageKey);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<Seller>;
    if (typeof value.userId !== 'string' || typeof value.userName !== 'string' || !value.userName.trim()) return null;
    return {
      userId: value.userId,
      userName: value.userName,
      teamId: typeof value.teamId === 'string' ? value.teamId : 'local',
      role: value.role === 'manager' ? 'manager' : 'seller',
    };
  } catch {
    return null;
  }
}
