import { describe, expect, it } from 'vitest';
import type { Reminder } from '../../../core/model/reminder';
import { selectRemindersToNotify } from './selectRemindersToNotify';

const now = 1_700_000_000_000;

function reminder(id: string, patch: Partial<Reminder> = {}): Reminder {
  return {
    id,
    ownerId: 'u1',
    teamId: 'local',
    createdAt: now - 10_000,
    updatedAt: now - 10_000,
    leadId: 'lead-1',
    kind: 'call',
    title: `Reminder ${id}`,
    dueAt: now - 1_000,
    done: false,
    doneAt: null,
    origin: 'user',
    notifiedAt: null,
    assigneeId: '',
    ...patch,
  };
}

describe('selectRemindersToNotify', () => {
  it('picks open, un-notified reminders that are due', () => {
    const picked = selectRemindersToNotify([reminder('a')], now);
    expect(picked.map((r) => r.id)).toEqual(['a']);
  });

  it('includes a reminder due exactly now', () => {
    expect(selectRemindersToNotify([reminder('a', { dueAt: now })], now)).toHaveLength(1);
  });

  it('skips reminders due in the future', () => {
    expect(selectRemindersToNotify([reminder('a', { dueAt: now + 1 })], now)).toEqual([]);
  });

  it('skips done reminders', () => {
    expect(selectRemindersToNotify([reminder('a', { done: true, doneAt: now - 500 })], now)).toEqual([]);
  });

  it('skips reminders already notified, so each notifies once', () => {
    expect(selectRemindersToNotify([reminder('a', { notifiedAt: now - 500 })], now)).toEqual([]);
  });

  it('orders the backlog soonest first and caps it', () => {
    const reminders = [
      reminder('late', { dueAt: now - 10 }),
      reminder('early', { dueAt: now - 3_000 }),
      reminder('middle', { dueAt: now - 2_000 }),
    ];
    expect(selectRemindersToNotify(reminders, now, 2).map((r) => r.id)).toEqual(['early', 'middle']);
  });

  it('does not mutate its input', () => {
    const reminders = [reminder('b', { dueAt: now - 10 }), reminder('a', { dueAt: now - 20 })];
    selectRemindersToNotify(reminders, now);
    expect(reminders.map((r) => r.id)).toEqual(['b', 'a']);
  });
});
