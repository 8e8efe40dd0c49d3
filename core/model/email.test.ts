import { describe, expect, it } from 'vitest';
import { email, emailStatuses } from './email';

const base = { id: 'email-1', ownerId: 'seller-1', teamId: 'team-1', createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000 };

describe('email', () => {
  it('starts as a draft with empty trail and no attempts', () => {
    const parsed = email.parse({ ...base, leadId: 'lead-1', kind: 'follow_up', origin: 'template' });
    expect(parsed).toMatchObject({
      status: 'draft',
      subject: '',
      to: [],
      attachments: [],
      auditTrail: [],
      attempts: 0,
      messageId: '',
      approvedBy: null,
      approvedAt: null,
      sentAt: null,
    });
  });

  it('keeps the audit trail of who moved it and when', () => {
    const parsed = email.parse({
      ...base,
      leadId: 'lead-1',
      kind: 'quote',
      origin: 'ai',
      status: 'approved',
      to: [{ email: 'buyer@gulf.ae', name: 'Buyer' }],
      attachments: [{ id: 'att-1', fileName: 'quote.pdf', size: 12_345 }],
      auditTrail: [
        { from: null, to: 'draft', at: 1, actor: { kind: 'system', id: 'drafter' } },
        { from: 'draft', to: 'pending_approval', at: 2, actor: { kind: 'user', id: 'seller-1' } },
        { from: 'pending_approval', to: 'approved', at: 3, actor: { kind: 'user', id: 'manager-1', name: 'Mona' }, note: 'ok' },
      ],
      approvedBy: { kind: 'user', id: 'manager-1' },
      approvedAt: 3,
    });
    expect(parsed.auditTrail.map((entry) => entry.to)).toEqual(['draft', 'pending_approval', 'approved']);
    expect(parsed.auditTrail[0]?.note).toBe('');
    expect(parsed.attachments[0]?.contentType).toBe('application/octet-stream');
  });

  it('lists the eight statuses of the design', () => {
    expect(emailStatuses).toEqual(['draft', 'pending_approval', 'approved', 'sending', 'sent', 'rejected', 'failed', 'cancelled']);
  });

  it('refuses unknown statuses, kinds and origins, and negative attempts', () => {
    const good = { ...base, leadId: 'lead-1', kind: 'follow_up', origin: 'user' };
    expect(email.safeParse({ ...good, status: 'queued' }).success).toBe(false);
    expect(email.safeParse({ ...good, kind: 'spam' }).success).toBe(false);
    expect(email.safeParse({ ...good, origin: 'robot' }).success).toBe(false);
    expect(email.safeParse({ ...good, attempts: -1 }).success).toBe(false);
    expect(email.safeParse({ ...good, leadId: '' }).success).toBe(false);
    expect(email.safeParse({ ...good, auditTrail: [{ from: 'draft', to: 'flying', at: 1, actor: { kind: 'user', id: 'u' } }] }).success).toBe(false);
  });
});
