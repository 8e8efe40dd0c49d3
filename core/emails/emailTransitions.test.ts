import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../model/base';
import { email as emailSchema, emailStatuses, type Email, type EmailStatus } from '../model/email';
import { actionsFrom, isEditable, retryDelay, transitionEmail, type EmailAction } from './emailTransitions';

const seller: Actor = { kind: 'user', id: 'seller-1', name: 'Rana' };
const manager: Actor = { kind: 'user', id: 'manager-1', name: 'Mona' };
const mailer: Actor = { kind: 'system', id: 'mailer' };
const t0 = Date.UTC(2026, 10, 23, 9);
const draft: Email = emailSchema.parse({ id: 'email-1', ownerId: 'seller-1', teamId: 'team-1', createdAt: t0, updatedAt: t0, leadId: 'lead-1', kind: 'follow_up', origin: 'template', subject: 'Your RFQ', body: 'Hello', to: [{ email: 'buyer@gulf.ae' }] });

function run(start: Email, steps: [EmailAction, Actor, number][]): Email {
  let current = start;
  for (const [action, actor, at] of steps) {
    const result = transitionEmail(current, action, actor, at);
    if (!result.ok) throw new Error(result.error);
    current = result.value;
  }
  return current;
}

describe('transitionEmail', () => {
  it('goes draft → pending → approved → sending → sent, recording who and when at each step', () => {
    const sent = run(draft, [
      [{ type: 'submit' }, seller, t0 + 1],
      [{ type: 'approve', note: 'fine' }, manager, t0 + 2],
      [{ type: 'start_sending', messageId: '<email-1@lead-center>' }, mailer, t0 + 3],
      [{ type: 'sent' }, mailer, t0 + 4],
    ]);
    expect(sent.status).toBe('sent');
    expect(sent).toMatchObject({ approvedBy: manager, approvedAt: t0 + 2, sentAt: t0 + 4, attempts: 1, messageId: '<email-1@lead-center>', updatedAt: t0 + 4 });
    expect(sent.auditTrail.map((e) => [e.from, e.to, e.actor.id, e.at])).toEqual([
      ['draft', 'pending_approval', 'seller-1', t0 + 1],
      ['pending_approval', 'approved', 'manager-1', t0 + 2],
      ['approved', 'sending', 'mailer', t0 + 3],
      ['sending', 'sent', 'mailer', t0 + 4],
    ]);
    expect(sent.auditTrail[1]?.note).toBe('fine');
  });

  it('refuses every move that is not in the machine, with a sentence, and leaves the email as it was', () => {
    const before = JSON.stringify(draft);
    expect(transitionEmail(draft, { type: 'approve' }, manager, t0)).toEqual({ ok: false, error: 'Cannot approve an email that is a draft.' });
    expect(transitionEmail(draft, { type: 'start_sending', messageId: 'x' }, mailer, t0)).toEqual({ ok: false, error: 'Cannot send an email that is a draft.' });
    const sent = run(draft, [
      [{ type: 'submit' }, seller, t0],
      [{ type: 'approve' }, manager, t0],
      [{ type: 'start_sending', messageId: 'm' }, mailer, t0],
      [{ type: 'sent' }, mailer, t0],
    ]);
    expect(transitionEmail(sent, { type: 'cancel', reason: 'oops' }, seller, t0)).toEqual({ ok: false, error: 'Cannot cancel an email that is already sent.' });
    expect(transitionEmail(sent, { type: 'start_sending', messageId: 'm' }, mailer, t0).ok).toBe(false);
    expect(JSON.stringify(draft)).toBe(before);
  });

  it('takes an approval back before sending starts: waiting again, approver cleared, the undo kept in the trail', () => {
    const approved = run(draft, [
      [{ type: 'submit' }, seller, t0 + 1],
      [{ type: 'approve' }, manager, t0 + 2],
    ]);
    const back = transitionEmail(approved, { type: 'withdraw_approval' }, manager, t0 + 3);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.value).toMatchObject({ status: 'pending_approval', approvedBy: null, approvedAt: null });
    expect(back.value.auditTrail.at(-1)).toMatchObject({ from: 'approved', to: 'pending_approval', actor: manager, note: 'approval taken back' });
    const sending = run(approved, [[{ type: 'start_sending', messageId: '<m@x.ae>' }, mailer, t0 + 3]]);
    expect(transitionEmail(sending, { type: 'withdraw_approval' }, manager, t0 + 4)).toEqual({ ok: false, error: 'Cannot take back the approval of an email that is being sent.' });
  });

  it('only lists moves that succeed from each status', () => {
    expect(actionsFrom('draft')).toEqual(['submit', 'cancel']);
    expect(actionsFrom('pending_approval')).toEqual(['approve', 'reject', 'cancel']);
    expect(actionsFrom('sending')).toEqual(['sent', 'send_failed']);
    expect(actionsFrom('sent')).toEqual([]);
    expect(actionsFrom('cancelled')).toEqual([]);
    for (const status of emailStatuses) expect(isEditable(status)).toBe(['draft', 'pending_approval', 'rejected'].includes(status));
  });

  it('needs a reason to reject or cancel, and a rejected email can be reworked', () => {
    const pending = run(draft, [[{ type: 'submit' }, seller, t0]]);
    expect(transitionEmail(pending, { type: 'reject', reason: '  ' }, manager, t0)).toEqual({ ok: false, error: 'Say why you reject this email.' });
    const rejected = run(pending, [[{ type: 'reject', reason: 'Wrong price list' }, manager, t0 + 1]]);
    expect(rejected.auditTrail.at(-1)).toMatchObject({ to: 'rejected', note: 'Wrong price list', actor: manager });
    const again = run(rejected, [[{ type: 'reopen' }, seller, t0 + 2]]);
    expect(again.status).toBe('draft');
    expect(transitionEmail(again, { type: 'cancel', reason: '' }, seller, t0)).toEqual({ ok: false, error: 'Say why you cancel this email.' });
  });

  it('keeps the first Message-ID across retries, so a resend is recognisably the same email', () => {
    const sending = run(draft, [
      [{ type: 'submit' }, seller, t0],
      [{ type: 'approve' }, manager, t0],
      [{ type: 'start_sending', messageId: '<first@lc>' }, mailer, t0],
      [{ type: 'send_failed', error: 'SMTP unreachable', retryable: true }, mailer, t0 + 10],
      [{ type: 'retry' }, mailer, t0 + 10 + 60_000],
      [{ type: 'start_sending', messageId: '<second@lc>' }, mailer, t0 + 70_000],
    ]);
    expect(sending).toMatchObject({ status: 'sending', messageId: '<first@lc>', attempts: 2 });
    expect(transitionEmail(draft, { type: 'submit' }, seller, t0).ok).toBe(true);
    const approved = run(draft, [[{ type: 'submit' }, seller, t0], [{ type: 'approve' }, manager, t0]]);
    expect(transitionEmail(approved, { type: 'start_sending', messageId: ' ' }, mailer, t0)).toEqual({ ok: false, error: 'A Message-ID is needed before sending, so a retry can never send twice.' });
  });

  it('backs off between attempts and stops at the attempt limit', () => {
    const policy = { maxAttempts: 3, baseDelayMs: 1000, maxDelayMs: 3000 };
    let current = run(draft, [[{ type: 'submit' }, seller, t0], [{ type: 'approve' }, manager, t0]]);
    let now = t0;
    const waits: (number | null)[] = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      const step = (action: EmailAction) => {
        const r = transitionEmail(current, action, mailer, now, policy);
        if (!r.ok) throw new Error(r.error);
        current = r.value;
      };
      step({ type: 'start_sending', messageId: '<m@lc>' });
      step({ type: 'send_failed', error: 'timeout', retryable: true });
      waits.push(current.nextAttemptAt === null ? null : current.nextAttemptAt - now);
      if (current.nextAttemptAt !== null) {
        expect(transitionEmail(current, { type: 'retry' }, mailer, now, policy).ok).toBe(false);
        now = current.nextAttemptAt;
        step({ type: 'retry' });
      }
    }
    expect(waits).toEqual([1000, 2000, null]);
    expect(current).toMatchObject({ status: 'failed', attempts: 3, lastError: 'timeout', nextAttemptAt: null });
    expect(transitionEmail(current, { type: 'retry' }, mailer, now + 1e9, policy)).toEqual({ ok: false, error: 'This email failed for good and is not retried; draft it again.' });
    expect(current.auditTrail.at(-1)?.note).toBe('timeout; not retried');
  });

  it('does not retry a permanent failure (a refused address) and lets it be cancelled', () => {
    const failed = run(draft, [
      [{ type: 'submit' }, seller, t0],
      [{ type: 'approve' }, manager, t0],
      [{ type: 'start_sending', messageId: '<m@lc>' }, mailer, t0],
      [{ type: 'send_failed', error: '550 no such user', retryable: false }, mailer, t0],
    ]);
    expect(failed.nextAttemptAt).toBeNull();
    expect(run(failed, [[{ type: 'cancel', reason: 'bad address' }, seller, t0]]).status).toBe('cancelled');
  });

  it('refuses a change at an invalid time', () => {
    expect(transitionEmail(draft, { type: 'submit' }, seller, Number.NaN)).toEqual({ ok: false, error: 'The time of the change is not valid.' });
  });
});

describe('retryDelay', () => {
  it('doubles from the base up to the maximum', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => retryDelay(n))).toEqual([60_000, 120_000, 240_000, 480_000, 960_000, 1_920_000, 3_600_000, 3_600_000]);
    expect(retryDelay(0)).toBe(60_000);
    expect(retryDelay(10_000)).toBe(3_600_000);
  });
});

// ---- Exhaustive: every status × every action, written out by hand from the design ----

type ActionType = EmailAction['type'];
const actionTypes: ActionType[] = ['submit', 'approve', 'withdraw_approval', 'reject', 'reopen', 'start_sending', 'sent', 'send_failed', 'retry', 'cancel'];
const sample: Record<ActionType, EmailAction> = {
  submit: { type: 'submit' },
  approve: { type: 'approve' },
  withdraw_approval: { type: 'withdraw_approval' },
  reject: { type: 'reject', reason: 'wrong price' },
  reopen: { type: 'reopen' },
  start_sending: { type: 'start_sending', messageId: '<email-1@seller.ae>' },
  sent: { type: 'sent' },
  send_failed: { type: 'send_failed', error: 'timeout', retryable: true },
  retry: { type: 'retry' },
  cancel: { type: 'cancel', reason: 'no longer needed' },
};
const verb: Record<ActionType, string> = { submit: 'submit for approval', approve: 'approve', withdraw_approval: 'take back the approval of', reject: 'reject', reopen: 'reopen', start_sending: 'send', sent: 'mark as sent', send_failed: 'mark as failed', retry: 'retry', cancel: 'cancel' };
const being: Record<EmailStatus, string> = { draft: 'a draft', pending_approval: 'waiting for approval', approved: 'approved', sending: 'being sent', sent: 'already sent', rejected: 'rejected', failed: 'failed', cancelled: 'cancelled' };

/** The whole machine: where each action leads from each status; missing = refused. */
const machine: Record<EmailStatus, Partial<Record<ActionType, EmailStatus>>> = {
  draft: { submit: 'pending_approval', cancel: 'cancelled' },
  pending_approval: { approve: 'approved', reject: 'rejected', cancel: 'cancelled' },
  approved: { withdraw_approval: 'pending_approval', start_sending: 'sending', cancel: 'cancelled' },
  sending: { sent: 'sent', send_failed: 'failed' },
  sent: {},
  rejected: { reopen: 'draft', cancel: 'cancelled' },
  failed: { retry: 'approved', cancel: 'cancelled' },
  cancelled: {},
};

describe('transitionEmail: every status × every action', () => {
  const table = emailStatuses.flatMap((status) => actionTypes.map((action) => [status, action, machine[status][action] ?? null] as const));

  it('covers all 80 pairs', () => {
    expect(table).toHaveLength(emailStatuses.length * actionTypes.length);
    expect(emailStatuses).toHaveLength(8);
  });

  it.each(table)('%s + %s → %s', (status, action, expected) => {
    // A failed email that may be retried and whose wait is over, so retry is judged on status alone.
    const start: Email = { ...draft, status, nextAttemptAt: status === 'failed' ? t0 : null, attempts: status === 'failed' ? 1 : 0 };
    const result = transitionEmail(start, sample[action], manager, t0 + 1000);
    if (expected === null) {
      expect(result).toEqual({ ok: false, error: `Cannot ${verb[action]} an email that is ${being[status]}.` });
    } else {
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.value.status).toBe(expected);
      expect(result.value.auditTrail.at(-1)).toMatchObject({ from: status, to: expected, actor: manager, at: t0 + 1000 });
      expect(result.value.updatedAt).toBe(t0 + 1000);
    }
    expect(actionsFrom(status).includes(action)).toBe(expected !== null);
  });
});

describe('transitionEmail: random action sequences (fast-check)', () => {
  const actionArb: fc.Arbitrary<EmailAction> = fc.oneof(
    fc.record({ type: fc.constant('submit' as const) }),
    fc.record({ type: fc.constant('approve' as const) }),
    fc.record({ type: fc.constant('withdraw_approval' as const) }),
    fc.record({ type: fc.constant('reject' as const), reason: fc.constantFrom('', '  ', 'wrong price') }),
    fc.record({ type: fc.constant('reopen' as const) }),
    fc.record({ type: fc.constant('start_sending' as const), messageId: fc.constantFrom('', '<a@x.ae>', '<b@x.ae>') }),
    fc.record({ type: fc.constant('sent' as const) }),
    fc.record({ type: fc.constant('send_failed' as const), error: fc.constantFrom('', 'timeout', '550 no such user'), retryable: fc.boolean() }),
    fc.record({ type: fc.constant('retry' as const) }),
    fc.record({ type: fc.constant('cancel' as const), reason: fc.constantFrom('', 'changed my mind') }),
  );
  const stepArb = fc.tuple(actionArb, fc.constantFrom(seller, manager, mailer), fc.integer({ min: 0, max: 200_000 }));
  const policy = { maxAttempts: 3, baseDelayMs: 60_000, maxDelayMs: 120_000 };

  it('reaches sending only from approved, never leaves sent or cancelled, and keeps a true audit trail', () => {
    const reached = new Set<EmailStatus>();
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 40 }), (steps) => {
        let current = draft;
        let now = t0;
        let moves = 0;
        let firstMessageId = '';
        for (const [action, actor, wait] of steps) {
          now += wait;
          const before = current;
          const result = transitionEmail(current, action, actor, now, policy);
          if (before.status === 'sent' || before.status === 'cancelled') expect(result.ok).toBe(false);
          if (!result.ok) {
            expect(result.error.length).toBeGreaterThan(0);
            continue;
          }
          current = result.value;
          reached.add(current.status);
          moves += 1;
          if (current.status === 'sending') {
            expect(before.status).toBe('approved');
            if (firstMessageId === '') firstMessageId = current.messageId;
            expect(current.messageId).toBe(firstMessageId);
            expect(current.messageId).not.toBe('');
          }
          if (current.status === 'approved') expect(['pending_approval', 'failed']).toContain(before.status);
          if (current.status === 'sending' || current.status === 'sent') {
            // Nothing reaches SMTP without an approval on record.
            expect(current.approvedBy).not.toBeNull();
            expect(current.auditTrail.some((e) => e.from === 'pending_approval' && e.to === 'approved')).toBe(true);
          }
          expect(current.attempts).toBeLessThanOrEqual(policy.maxAttempts);
          expect(current.auditTrail).toHaveLength(moves);
          expect(current.auditTrail.at(-1)).toMatchObject({ from: before.status, to: current.status, at: now, actor });
        }
        // The trail chains: each entry starts where the previous one ended.
        current.auditTrail.forEach((entry, i) => expect(entry.from).toBe(i === 0 ? 'draft' : current.auditTrail[i - 1]?.to));
      }),
      { numRuns: 2000 },
    );
    // The random walks did reach every status, so the checks above were exercised.
    expect([...reached].sort()).toEqual([...emailStatuses].sort());
  });

  it('leaves sent and cancelled emails exactly as they are, whatever is tried', () => {
    const sent: Email = { ...draft, status: 'sent' };
    const cancelled: Email = { ...draft, status: 'cancelled' };
    fc.assert(
      fc.property(actionArb, fc.integer({ min: 0, max: 1e9 }), (action, wait) => {
        for (const email of [sent, cancelled]) {
          const before = JSON.stringify(email);
          expect(transitionEmail(email, action, manager, t0 + wait, policy).ok).toBe(false);
          expect(JSON.stringify(email)).toBe(before);
        }
      }),
      { numRuns: 500 },
    );
  });
});
