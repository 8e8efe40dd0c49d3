import { describe, expect, it } from 'vitest';
import { expectedCounts, reviewEmails, reviewInput, reviewLeads, reviewNotes, reviewNow, reviewRows } from '../../tests/fixtures/reviewFixture';
import { countReviewItems, leadsNeeded, type ReviewCount, type ReviewEmail } from './reviewCounts';
import { reviewItemIds } from './reviewItems';

const idsOf = (count: ReviewCount): string[] => (count.ruleIds.length > 0 ? count.ruleIds : count.leadIds);
const hour = 3_600_000;

describe('countReviewItems against the fixture', () => {
  const counts = countReviewItems(reviewInput());

  for (const id of reviewItemIds) {
    it(`counts ${id}`, () => {
      expect(counts[id].count).toBe(expectedCounts[id].count);
      expect(idsOf(counts[id])).toEqual(expectedCounts[id].ids);
    });
  }
});

describe('countReviewItems: time zones and midnight', () => {
  it('counts for a seller in London: an edit at 21:00 UTC the day before is yesterday', () => {
    const counts = countReviewItems(reviewInput({ utcOffsetMinutes: 0 }));
    expect(counts['dashboard-metrics'].leadIds).toEqual(['hot1', 'hot3', 'warm1', 'int1']);
    expect(counts['new-replies'].leadIds).toEqual(['warm1']);
  });

  it('counts for a seller in New York (05:00 local): a reply at 04:00 UTC was last night', () => {
    const counts = countReviewItems(reviewInput({ utcOffsetMinutes: -300 }));
    expect(counts['new-replies'].count).toBe(0);
    // int1's call at 03:00 UTC was 22:00 the evening before in New York.
    expect(counts['engagement-notes'].leadIds).toEqual([]);
    // warm1's email open at 05:00 UTC is midnight in New York: today, just.
    expect(counts['dashboard-metrics'].leadIds).toEqual(['hot1', 'hot3', 'warm1']);
  });

  it('starts a new day at local midnight: yesterday’s reply no longer counts', () => {
    // 20:00 UTC is midnight in Dubai; from then warm1's reply (04:00 UTC) is yesterday's.
    const justBefore = countReviewItems(reviewInput({ now: Date.parse('2025-03-11T19:59:59Z') }));
    const justAfter = countReviewItems(reviewInput({ now: Date.parse('2025-03-11T20:00:00Z') }));
    expect(justBefore['new-replies'].leadIds).toEqual(['warm1']);
    expect(justAfter['new-replies'].count).toBe(0);
    expect(justAfter['engagement-notes'].count).toBe(0);
    expect(justAfter['dashboard-metrics'].count).toBe(0);
    // Items that do not depend on the day go on counting.
    expect(justAfter['hot-alerts'].count).toBe(3);
  });

  it('reminders fall due as time passes', () => {
    expect(countReviewItems(reviewInput({ now: reviewNow + 2 * hour }))['follow-ups'].leadIds).toEqual(['hot3', 'cold1', 'warm2']);
  });
});

describe('countReviewItems: changes move the counts', () => {
  it('an email sent after the reply answers it (and the HOT lead)', () => {
    const leads = new Map(reviewLeads.map((lead) => [lead.id, lead]));
    leads.set('warm1', { ...leads.get('warm1')!, lastEventAt: { email_reply: Date.parse('2025-03-11T04:00:00Z'), email_sent: Date.parse('2025-03-11T09:30:00Z') } });
    leads.set('hot1', { ...leads.get('hot1')!, lastEventAt: { quote_request: Date.parse('2025-03-11T09:00:00Z'), call: Date.parse('2025-03-11T09:10:00Z') } });
    const counts = countReviewItems(reviewInput({ leads }));
    expect(counts['new-replies'].count).toBe(0);
    expect(counts['hot-first'].count).toBe(0);
  });

  it('a draft written after the reply is an answer on its way; a rejected one is not', () => {
    const draft: ReviewEmail = { id: 'x', leadId: 'warm1', status: 'draft', kind: 'reply', origin: 'user', ruleId: '', teamId: 't1', ownerId: 'me', createdAt: reviewNow - hour };
    const replies = (extra: ReviewEmail) => countReviewItems(reviewInput({ emails: [...reviewEmails, extra] }))['new-replies'].count;
    expect(replies(draft)).toBe(0);
    expect(replies({ ...draft, status: 'rejected' })).toBe(1);
    // A rule's automatic draft (a questionnaire, a nurture email) is not the seller's answer.
    expect(replies({ ...draft, origin: 'rule', ruleId: 'rule-1', status: 'pending_approval' })).toBe(1);
    // Nor is a questionnaire or a newsletter, whoever drafted it.
    expect(replies({ ...draft, kind: 'questionnaire' })).toBe(1);
    expect(replies({ ...draft, kind: 'nurture' })).toBe(1);
    expect(replies({ ...draft, kind: 'quote' })).toBe(0);
    // Written before the reply: not an answer to it.
    expect(replies({ ...draft, createdAt: Date.parse('2025-03-11T03:00:00Z') })).toBe(1);
  });

  it('a note after the conversation settles engagement notes', () => {
    const notes = [...reviewNotes, { leadId: 'warm1', createdAt: reviewNow - hour }, { leadId: 'int1', createdAt: reviewNow }];
    expect(countReviewItems(reviewInput({ notes }))['engagement-notes'].count).toBe(0);
  });

  it('a call reminder takes a HOT lead off the calls to schedule and off planning', () => {
    const reminders = [{ id: 'c', leadId: 'hot1', kind: 'call', dueAt: reviewNow + 24 * hour, done: false } as const];
    const counts = countReviewItems(reviewInput({ reminders }));
    expect(counts['schedule-hot-calls'].leadIds).toEqual(['hot2', 'hot3']);
    // With only this reminder, every other HOT and WARM lead has nothing planned.
    expect(counts['plan-tomorrow'].leadIds).toEqual(['hot2', 'hot3', 'warm1', 'warm2']);
  });

  it('a manager decides on the team’s emails that need a manager, not on another team’s', () => {
    const counts = countReviewItems(reviewInput({ approver: { userId: 'boss', teamId: 't1', role: 'manager' } }));
    expect(counts['approve-emails'].count).toBe(3);
  });

  it('a seller may approve AI drafts when the policy lets their author', () => {
    const counts = countReviewItems(reviewInput({ approvalPolicy: { defaultMode: 'self', perKind: {}, teams: {}, aiDraftsNeedManager: false } }));
    expect(counts['approve-emails'].count).toBe(1 + 1);
  });
});

describe('countReviewItems: what is not known yet, and bad input', () => {
  it('items needing an unread lead are unknown, the others are counted', () => {
    const leads = new Map(reviewLeads.filter((lead) => lead.id !== 'warm1').map((lead) => [lead.id, lead]));
    const counts = countReviewItems(reviewInput({ leads }));
    expect(counts['new-replies'].count).toBeNull();
    expect(counts['engagement-notes'].count).toBeNull();
    expect(counts['hot-first'].count).toBe(1);
    expect(counts['plan-tomorrow'].count).toBe(2);
  });

  it('counts nothing for an empty store', () => {
    const counts = countReviewItems(reviewInput({ rows: [], leads: new Map(), reminders: [], emails: [], notes: [], rules: [] }));
    for (const id of reviewItemIds) expect(counts[id].count).toBe(0);
  });

  it('ignores times that are not numbers and future activity', () => {
    const rows = [
      { id: 'n', engagementLevel: 'HOT' as const, urgency: Number.NaN, lastActivityAt: Number.NaN },
      { id: 'f', engagementLevel: 'WARM' as const, urgency: 1, lastActivityAt: reviewNow + 48 * hour },
    ];
    const leads = new Map([
      ['n', { id: 'n', lastInterestAt: null, lastEventAt: { email_reply: Number.NaN } }],
      ['f', { id: 'f', lastInterestAt: reviewNow + 1, lastEventAt: { email_reply: reviewNow + 1 } }],
    ]);
    const counts = countReviewItems(reviewInput({ rows, leads, reminders: [{ id: 'r', leadId: 'n', kind: 'call', dueAt: Number.NaN, done: false }] }));
    expect(counts['dashboard-metrics'].count).toBe(0);
    expect(counts['hot-first'].count).toBe(0);
    expect(counts['follow-ups'].count).toBe(0);
    expect(counts['schedule-hot-calls'].leadIds).toEqual(['n']);
  });
});

describe('leadsNeeded', () => {
  it('names the HOT leads and the leads active today, nothing else', () => {
    expect(leadsNeeded(reviewRows, reviewNow, 240).sort()).toEqual(['cold1', 'hot1', 'hot2', 'hot3', 'int1', 'warm1']);
    expect(leadsNeeded(reviewRows, reviewNow, 0).sort()).toEqual(['hot1', 'hot2', 'hot3', 'int1', 'warm1']);
    expect(leadsNeeded([], reviewNow, 0)).toEqual([]);
  });
});
