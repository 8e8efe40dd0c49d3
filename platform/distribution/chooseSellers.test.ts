import { describe, expect, it } from 'vitest';
import { chooseSellers, type SellerProfile } from './chooseSellers';

const seller = (id: string, tier: SellerProfile['tier'], categories: string[], sellerScore: number): SellerProfile => ({ id, teamId: 't', tier, categories, sellerScore });

const sellers = [
  seller('omar', 'premium', ['solar', 'transformers'], 80),
  seller('lena', 'standard', ['Solar'], 95),
  seller('ravi', 'premium', ['pumps'], 99),
  seller('chen', 'basic', ['solar'], 70),
  seller('sara', 'premium', ['solar'], 80),
  seller('tom', 'standard', ['valves'], 60),
];

const ids = (choice: ReturnType<typeof chooseSellers>) => choice.chosen.map((c) => c.seller.id);

describe('chooseSellers', () => {
  it('takes category matches first, then tier, score and id; never the addressed seller', () => {
    const choice = chooseSellers(sellers, 'omar', 'solar', 3);
    expect(ids(choice)).toEqual(['sara', 'lena', 'chen']);
    expect(choice.shortfall).toBeNull();
    expect(choice.chosen[0]?.reason).toBe('1. sells solar, premium tier, seller score 80');
  });

  it('fills with non-matching sellers by tier and score once the matching ones are used', () => {
    expect(ids(chooseSellers(sellers, 'omar', 'solar', 5))).toEqual(['sara', 'lena', 'chen', 'ravi', 'tom']);
    expect(chooseSellers(sellers, 'omar', 'solar', 5).chosen[3]?.reason).toBe('4. does not list solar, premium tier, seller score 99');
  });

  it('ranks by tier and score when the RFQ names no category', () => {
    const choice = chooseSellers(sellers, 'tom', '', 4);
    expect(ids(choice)).toEqual(['ravi', 'omar', 'sara', 'lena']);
    expect(choice.chosen[0]?.reason).toContain('no category given');
  });

  it('breaks full ties by id, whatever the input order', () => {
    const twins = [seller('b', 'premium', [], 50), seller('a', 'premium', [], 50), seller('c', 'premium', [], 50)];
    expect(ids(chooseSellers(twins, 'x', '', 3))).toEqual(['a', 'b', 'c']);
    expect(ids(chooseSellers([...twins].reverse(), 'x', '', 3))).toEqual(['a', 'b', 'c']);
  });

  it('gives fewer copies when there are not enough sellers, and says why', () => {
    const choice = chooseSellers(sellers.slice(0, 3), 'omar', 'solar', 5);
    expect(ids(choice)).toEqual(['lena', 'ravi']);
    expect(choice.shortfall).toBe('only 2 other active sellers on the platform, 5 copies asked for');
    expect(chooseSellers([], 'omar', 'solar', 3)).toEqual({ chosen: [], shortfall: 'only 0 other active sellers on the platform, 3 copies asked for' });
  });

  it('gives nothing for zero or negative copies', () => {
    expect(chooseSellers(sellers, 'omar', 'solar', 0)).toEqual({ chosen: [], shortfall: null });
    expect(chooseSellers(sellers, 'omar', 'solar', -2)).toEqual({ chosen: [], shortfall: null });
  });
});
