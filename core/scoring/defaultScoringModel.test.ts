import { describe, it, expect } from 'vitest';
import { defaultScoringModel } from './defaultScoringModel';
import { scoringModel } from './scoringModel';

/** Every criterion name of seed 002's Default Values Table, in table order. */
const seedTableNames = [
  'Contacts', 'Primary Email Address', 'Phone Number', 'Location', 'Job Title', 'Lead Source',
  'Company Name', 'Company Size', 'Annual Revenue', 'Industry',
  'Budget & Money', 'Authority', 'Need', 'Timeline', 'Challenges',
  'Need Alignment', 'Target Customer Profile',
  'Engagement Level', 'Seasons Engaged', 'Page Viewed', 'Page Revisits', 'Time on Page', 'Scroll Depth', 'Clicks', 'Element Clicked', 'Time Untouched',
  'Email Open Rate', 'Chat Response Rate', 'Email Response Rate', 'Order Value', 'Order Frequency', 'Conversion Rate', 'Quote Request',
  'Wishlist', 'Product Image Clicks', 'Product Spec Tap View', 'Download Catalog Click', 'Social Share Clicks', 'Seller Review', 'Seller Rate',
  'Visit Store Click', 'Company Profile Click', 'Add to Contacts Click', 'Chat with Seller', 'Contact Seller',
  'Buyer Type', 'Overall Engagement Score', 'Buyer Journey Stage', 'Purchase History', 'Buying Frequency', 'Spending Patterns',
  'Review (Rating)', 'Wishlist Items', 'Search Term', 'Quote Request (Repeat)', 'Time Spent on Platform', 'Most Used Features',
  'Communication Channel', '[Channel] Metrics',
];

describe('defaultScoringModel', () => {
  it('is valid under the schema and unchanged by parsing', () => {
    const parsed = scoringModel.safeParse(defaultScoringModel);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toEqual(defaultScoringModel);
  });

  it('holds every criterion of the seed table, in order, and nothing else', () => {
    expect(defaultScoringModel.criteria.map((c) => c.name)).toEqual(seedTableNames);
  });

  it('keeps the seed numbers for sample rows', () => {
    const byName = new Map(defaultScoringModel.criteria.map((c) => [c.name, c]));
    const row = (name: string) => {
      const c = byName.get(name);
      return c && [c.group, c.informationPoints, c.evaluationPoints, c.maxPoints, c.weight];
    };
    expect(row('Primary Email Address')).toEqual(['G1', 5, 0, 5, 5]);
    expect(row('Industry')).toEqual(['G2', 2, 5, 7, 4]);
    expect(row('Authority')).toEqual(['G3', 0, 10, 10, 5]);
    expect(row('Time Untouched')).toEqual(['G4', 0, 10, -10, 2]);
    expect(row('Quote Request')).toEqual(['G4', 5, 5, 10, 5]);
    expect(row('[Channel] Metrics')).toEqual(['G5', 5, 0, 5, 1]);
  });

  it('has information + evaluation = max points except where the seed itself does not add up', () => {
    const off = defaultScoringModel.criteria.filter((c) => c.maxPoints > 0 && c.informationPoints + c.evaluationPoints !== c.maxPoints);
    // Seed: Purchase History "1 | 4-10 | max 10" (1 + 10 = 11; achieved points are capped at 10).
    expect(off.map((c) => c.name)).toEqual(['Purchase History']);
  });

  it('carries seed 001 behaviour points, decay rules and bands', () => {
    const b = defaultScoringModel.behaviour;
    const action = (id: string) => b.actions.find((a) => a.id === id);
    expect(action('pricing_page_visit')).toMatchObject({ points: 15, decayPerWeek: 5 });
    expect(action('demo_request')).toMatchObject({ points: 20, decayPerWeek: 0 });
    expect(action('email_open')).toMatchObject({ points: 1, decayPerWeek: 1 });
    expect(action('email_click')).toMatchObject({ points: 3, decayPerWeek: 1 });
    expect(b.returnVisit).toEqual({ points: 5, withinDays: 7 });
    expect([b.maxPoints, b.weeklyDecay, b.floor, b.resetAfterDays]).toEqual([50, 0.1, 10, 90]);
    expect(defaultScoringModel.bands.map((x) => [x.temperature, x.min])).toEqual([['hot', 70], ['warm', 50], ['cool', 30], ['cold', 0]]);
  });
});

describe('scoringModel schema', () => {
  const first = defaultScoringModel.criteria[0];
  it('rejects a weight outside 1-5', () => {
    expect(first).toBeDefined();
    const bad = { ...defaultScoringModel, criteria: [{ ...first, weight: 6 }] };
    expect(scoringModel.safeParse(bad).success).toBe(false);
  });
  it('rejects duplicate ids', () => {
    expect(scoringModel.safeParse({ ...defaultScoringModel, criteria: [first, first] }).success).toBe(false);
  });
  it('rejects a negative max outside Time Untouched', () => {
    expect(scoringModel.safeParse({ ...defaultScoringModel, criteria: [{ ...first, maxPoints: -3 }] }).success).toBe(false);
  });
  it('rejects bands out of order', () => {
    const bands = [...defaultScoringModel.bands].reverse();
    expect(scoringModel.safeParse({ ...defaultScoringModel, bands }).success).toBe(false);
  });
  it('rejects an unknown evaluation kind or field', () => {
    expect(scoringModel.safeParse({ ...defaultScoringModel, criteria: [{ ...first, evaluation: { kind: 'magic' } }] }).success).toBe(false);
    expect(scoringModel.safeParse({ ...defaultScoringModel, criteria: [{ ...first, evaluation: { kind: 'present', field: 'password' } }] }).success).toBe(false);
  });
});
