import { describe, expect, it } from 'vitest';
import { dayAt, makeEvent, makeLead, NOW, rawEvent } from '../../tests/conformance/engagement.fixtures';
import { interestEventTypes, isInterestEvent, timeSince, timeSinceVariants, timeUntouched } from './timeUntouched';

describe('interest events (seed 002)', () => {
  it('counts replies, chats, requests, downloads, forms, questionnaires, meetings and calls that reached the buyer', () => {
    for (const type of interestEventTypes) expect(isInterestEvent(makeEvent(type, 1)), type).toBe(true);
    expect(isInterestEvent(makeEvent('call', 1, { outcome: 'no_answer' }))).toBe(false);
    for (const type of ['email_open', 'email_click', 'page_view', 'email_sent', 'note_added'] as const) expect(isInterestEvent(makeEvent(type, 1)), type).toBe(false);
  });
});

describe('timeUntouched', () => {
  it('counts from the latest interest event', () => {
    const events = [makeEvent('quote_request', 80), makeEvent('email_reply', 90.5), makeEvent('email_open', 99)];
    expect(timeUntouched(makeLead(), events, NOW)).toEqual({ days: 9, since: dayAt(90.5), basis: 'interest' });
  });

  it('takes the lead record when it knows of later interest', () => {
    expect(timeUntouched(makeLead({ lastInterestAt: dayAt(95) }), [makeEvent('chat', 90)], NOW)).toEqual({ days: 5, since: dayAt(95), basis: 'interest' });
  });

  it('falls back on creation, ignoring other leads, future and broken events', () => {
    const events = [makeEvent('chat', 90, {}, 'lead-2'), makeEvent('chat', 120), rawEvent('chat', Number.NaN), makeEvent('email_open', 99)];
    expect(timeUntouched(makeLead({ createdAt: dayAt(40) }), events, NOW)).toEqual({ days: 60, since: dayAt(40), basis: 'created' });
  });

  it('never returns NaN', () => {
    const lead = { ...makeLead(), createdAt: Number.NaN, lastInterestAt: Number.NaN };
    expect(timeUntouched(lead, [], NOW)).toEqual({ days: 0, since: NOW, basis: 'created' });
    const atNaN = timeUntouched(makeLead(), [], Number.NaN);
    expect(Number.isNaN(atNaN.days) || Number.isNaN(atNaN.since)).toBe(false);
  });
});

describe('timeSince', () => {
  const events = [
    makeEvent('quote_request', 70.2),
    makeEvent('email_sent', 95),
    makeEvent('email_reply', 97),
    makeEvent('page_view', 99.9),
    makeEvent('tag_added', 100),
    makeEvent('call', 98, { outcome: 'no_answer' }),
  ];

  it('gives whole days since each kind of action, null when it never happened', () => {
    expect(timeSince(events, 'lead-1', 'quote_request', NOW)).toBe(29);
    expect(timeSince(events, 'lead-1', 'email_sent', NOW)).toBe(5);
    expect(timeSince(events, 'lead-1', 'email_reply', NOW)).toBe(3);
    expect(timeSince(events, 'lead-1', 'page_view', NOW)).toBe(0);
    expect(timeSince(events, 'lead-1', 'meeting', NOW)).toBeNull();
    expect(timeSince(events, 'lead-1', 'interest', NOW)).toBe(3);
    // Tags are bookkeeping, the page view is the latest activity.
    expect(timeSince(events, 'lead-1', 'any_activity', NOW)).toBe(0);
    expect(timeSince(events.filter((e) => e.type !== 'page_view'), 'lead-1', 'any_activity', NOW)).toBe(2);
  });

  it('answers null for another lead, a bad time or an unknown variant', () => {
    expect(timeSince(events, 'lead-2', 'email_sent', NOW)).toBeNull();
    expect(timeSince(events, 'lead-1', 'email_sent', Number.NaN)).toBeNull();
    expect(timeSince(events, 'lead-1', 'wishlist' as 'interest', NOW)).toBeNull();
    expect(timeSince(events, 'lead-1', 'quote_request', dayAt(50))).toBeNull();
  });

  it('labels every variant for the seller', () => {
    expect(timeSinceVariants.find((v) => v.id === 'quote_request')?.label).toBe('since quote request');
    expect(new Set(timeSinceVariants.map((v) => v.id)).size).toBe(timeSinceVariants.length);
    for (const v of timeSinceVariants) expect(v.label.startsWith('since ')).toBe(true);
  });
});
