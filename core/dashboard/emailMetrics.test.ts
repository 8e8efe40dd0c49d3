import { describe, expect, it } from 'vitest';
import { emailMetrics } from './emailMetrics';

const none = { sent: 0, opened: 0, replied: 0, bounced: 0 };

describe('emailMetrics', () => {
  it('is all zeros with no rates when there is nothing', () => {
    expect(emailMetrics([], none, { from: null, to: null })).toEqual({
      drafted: 0,
      approved: 0,
      sent: 0,
      opened: 0,
      replied: 0,
      bounced: 0,
      approvalRate: null,
      openRate: null,
      replyRate: null,
      bounceRate: null,
    });
  });

  it('counts emails written and approved within the range, and rates of sent', () => {
    const emails = [
      { createdAt: 5, approvedAt: 15 }, // written before, approved within
      { createdAt: 10, approvedAt: 12 },
      { createdAt: 11, approvedAt: null },
      { createdAt: 19, approvedAt: 25 }, // approved after
      { createdAt: 20, approvedAt: null }, // after (end excluded)
    ];
    const metrics = emailMetrics(emails, { sent: 8, opened: 3, replied: 2, bounced: 1 }, { from: 10, to: 20 });
    expect(metrics).toEqual({
      drafted: 3,
      approved: 2,
      sent: 8,
      opened: 3,
      replied: 2,
      bounced: 1,
      approvalRate: 2 / 3,
      openRate: 3 / 8,
      replyRate: 0.25,
      bounceRate: 0.125,
    });
  });
});
