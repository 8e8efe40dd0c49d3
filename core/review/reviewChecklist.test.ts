import { describe, expect, it } from 'vitest';
import { reviewDay, reviewInput } from '../../tests/fixtures/reviewFixture';
import { countReviewItems } from './reviewCounts';
import { doneSummary, itemTick, reviewChecklist, withTick } from './reviewChecklist';
import { dailyReviewData } from './dailyReviewData';
import { reviewItemIds, reviewItems, describeCount } from './reviewItems';

describe('itemTick: the auto-tick rules', () => {
  it('a zero count ticks itself', () => {
    expect(itemTick(0, undefined)).toEqual({ ticked: true, by: 'nothing-left', at: null });
  });

  it('a count above zero, or not known yet, does not', () => {
    expect(itemTick(3, undefined)).toEqual({ ticked: false, by: null, at: null });
    expect(itemTick(null, undefined)).toEqual({ ticked: false, by: null, at: null });
  });

  it('the seller’s own tick or untick wins over the count', () => {
    expect(itemTick(3, { ticked: true, at: 5 })).toEqual({ ticked: true, by: 'you', at: 5 });
    expect(itemTick(0, { ticked: false, at: 6 })).toEqual({ ticked: false, by: 'you', at: 6 });
  });
});

describe('reviewChecklist', () => {
  const counts = countReviewItems(reviewInput());

  it('lists every seed item in order, in three sections', () => {
    const checklist = reviewChecklist('me', reviewDay, counts, null);
    expect(checklist.items.map((item) => item.id)).toEqual([...reviewItemIds]);
    expect(checklist.items.filter((item) => item.section === 'morning')).toHaveLength(4);
    expect(checklist.items.filter((item) => item.section === 'afternoon')).toHaveLength(3);
    expect(checklist.items.filter((item) => item.section === 'end-of-day')).toHaveLength(3);
    expect(checklist.total).toBe(10);
    // Nothing in the fixture is at zero, nothing ticked.
    expect(checklist.done).toBe(0);
  });

  it('counts the seller’s ticks of that day and the automatic ones', () => {
    const stored = withTick(withTick(null, 'me', reviewDay, 'hot-alerts', true, 1), 'me', reviewDay, 'follow-ups', true, 2);
    const zeroReplies = { ...counts, 'new-replies': { count: 0, leadIds: [], ruleIds: [] } };
    const checklist = reviewChecklist('me', reviewDay, zeroReplies, stored);
    expect(checklist.items.filter((item) => item.ticked).map((item) => [item.id, item.by])).toEqual([
      ['hot-alerts', 'you'],
      ['follow-ups', 'you'],
      ['new-replies', 'nothing-left'],
    ]);
    expect(doneSummary(checklist)).toBe('3 of 10 done today');
  });

  it('a new day starts fresh: another day’s document is not read', () => {
    const yesterday = withTick(null, 'me', '2025-03-10', 'hot-alerts', true, 1);
    expect(reviewChecklist('me', reviewDay, counts, yesterday).done).toBe(0);
    expect(withTick(yesterday, 'me', reviewDay, 'follow-ups', true, 2).items).toEqual({ 'follow-ups': { ticked: true, at: 2 } });
  });

  it('ticks belong to their user', () => {
    const someoneElse = withTick(null, 'other', reviewDay, 'hot-alerts', true, 1);
    expect(reviewChecklist('me', reviewDay, counts, someoneElse).done).toBe(0);
    expect(reviewChecklist('other', reviewDay, counts, someoneElse).done).toBe(1);
    expect(withTick(someoneElse, 'me', reviewDay, 'follow-ups', true, 2).items).toEqual({ 'follow-ups': { ticked: true, at: 2 } });
  });

  it('what withTick writes passes the config payload schema; bad payloads do not', () => {
    expect(dailyReviewData.safeParse(withTick(null, 'me', reviewDay, 'plan-tomorrow', false, 9)).success).toBe(true);
    expect(dailyReviewData.safeParse({ userId: 'me', day: '11.03.2025', items: {} }).success).toBe(false);
    expect(dailyReviewData.safeParse({ userId: 'me', day: reviewDay, items: { x: { ticked: 'yes', at: 1 } } }).success).toBe(false);
  });
});

describe('reviewItems', () => {
  it('has a definition and a unit for each item', () => {
    for (const item of reviewItems) {
      expect(item.counts.length).toBeGreaterThan(20);
      expect(describeCount(item, 0)).toMatch(/^no /);
    }
    expect(describeCount(reviewItems[0]!, 1)).toBe('1 HOT lead');
    expect(describeCount(reviewItems[0]!, 1200)).toBe('1,200 HOT leads');
  });
});
