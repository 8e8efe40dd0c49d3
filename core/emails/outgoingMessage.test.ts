import { describe, expect, it } from 'vitest';
import { mailSettings, outgoingMail, type MailSettings } from '../desktop-api';
import { email as emailSchema, emailKinds, emailStatuses, type Email, type EmailInput } from '../model/email';
import { composeOutgoing, isDue, messageIdFor, needsUnsubscribeLink, unsubscribeFooterIntro, unsubscribeUrl } from './outgoingMessage';

const settings: MailSettings = mailSettings.parse({ host: 'smtp.seller.ae', port: 587, security: 'starttls', fromAddress: 'rana@seller.ae', unsubscribeBaseUrl: 'https://seller.ae/unsubscribe', unsubscribeMailbox: 'unsubscribe@seller.ae' });
const makeEmail = (input: Partial<EmailInput> = {}): Email =>
  emailSchema.parse({ id: 'email-1', ownerId: 'u1', teamId: 't1', createdAt: 0, updatedAt: 0, leadId: 'l1', kind: 'follow_up', origin: 'template', status: 'sending', subject: 'Should I close your file?', body: 'Hi Ahmed,\r\n\r\nOne last time.\r\n', to: [{ email: 'ahmed@gulfpower.ae', name: 'Ahmed' }], unsubscribeToken: 'tok123', messageId: '<email-1@seller.ae>', ...input });

function composed(e: Email, s: MailSettings = settings) {
  const r = composeOutgoing(e, s);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('messageIdFor', () => {
  it('derives a stable Message-ID from the email id and the sender domain', () => {
    expect(messageIdFor('email-1', 'Rana@Seller.AE')).toBe('<email-1@seller.ae>');
    expect(messageIdFor('email-1', 'rana@seller.ae')).toBe(messageIdFor('email-1', 'rana@seller.ae'));
  });

  it('escapes characters that do not belong in a Message-ID, keeping distinct ids distinct', () => {
    expect(messageIdFor('a:b', 'x@y.com')).toBe('<a=3Ab@y.com>');
    expect(messageIdFor('a.b', 'x@y.com')).toBe('<a=2Eb@y.com>');
    expect(messageIdFor('a=3Ab', 'x@y.com')).not.toBe(messageIdFor('a:b', 'x@y.com'));
    expect(messageIdFor('é <x>', 'x@y.com')).toBe('<=C3=A9=20=3Cx=3E@y.com>');
    expect(messageIdFor('\ud800', 'x@y.com')).toBe('<=UD800@y.com>');
  });

  it('falls back to a reserved domain when the sender address is unusable', () => {
    expect(messageIdFor('e', 'no-at-sign')).toBe('<e@lead-center.invalid>');
    expect(messageIdFor('e', 'x@localhost')).toBe('<e@lead-center.invalid>');
    expect(messageIdFor('', '')).toBe('<email@lead-center.invalid>');
  });

  it('always matches the host’s Message-ID format', () => {
    for (const id of ['email-1', 'a:b.c', 'x y', '<>', '@@']) expect(messageIdFor(id, 'r@seller.ae')).toMatch(/^<[^<>\s]+@[^<>\s]+>$/);
  });
});

describe('needsUnsubscribeLink', () => {
  it('is true for outreach kinds only', () => {
    expect(emailKinds.filter(needsUnsubscribeLink)).toEqual(['follow_up', 'nurture', 'marketing', 'questionnaire']);
  });
});

describe('unsubscribeUrl', () => {
  it('appends the token to the base in the way the base asks for', () => {
    expect(unsubscribeUrl('https://s.ae/u', 'tok')).toBe('https://s.ae/u/tok');
    expect(unsubscribeUrl('https://s.ae/u/', 'tok')).toBe('https://s.ae/u/tok');
    expect(unsubscribeUrl('https://s.ae/u?t=', 'tok')).toBe('https://s.ae/u?t=tok');
    expect(unsubscribeUrl('https://s.ae/u?list=a', 'tok')).toBe('https://s.ae/u?list=a&token=tok');
    expect(unsubscribeUrl('https://s.ae/u', 'a b/&')).toBe('https://s.ae/u/a%20b%2F%26');
  });
});

describe('isDue', () => {
  const t = 1_000_000;
  it('is due when approved and past any send-after time and retry wait', () => {
    expect(isDue(makeEmail({ status: 'approved' }), t)).toBe(true);
    expect(isDue(makeEmail({ status: 'approved', sendAfter: t + 1 }), t)).toBe(false);
    expect(isDue(makeEmail({ status: 'approved', sendAfter: t }), t)).toBe(true);
    expect(isDue(makeEmail({ status: 'approved', nextAttemptAt: t + 1 }), t)).toBe(false);
    expect(isDue(makeEmail({ status: 'approved' }), Number.NaN)).toBe(false);
    for (const status of emailStatuses.filter((s) => s !== 'approved')) expect(isDue(makeEmail({ status }), t)).toBe(false);
  });
});

describe('composeOutgoing', () => {
  it('adds an HTML part with tracked links and the open pixel only when a platform address is given', () => {
    const email = makeEmail({ body: 'Hi Ahmed,\nthe datasheet: https://gulfpower.ae/sheet.pdf' });
    expect(composed(email)).not.toHaveProperty('html');
    const tracked = composeOutgoing(email, settings, 'https://platform.seller.ae');
    if (!tracked.ok) throw new Error(tracked.error);
    expect(tracked.value.text).toContain('https://gulfpower.ae/sheet.pdf');
    expect(tracked.value.html).toContain(`https://platform.seller.ae/t/c/${email.id}?u=${encodeURIComponent('https://gulfpower.ae/sheet.pdf')}`);
    expect(tracked.value.html).toContain(`https://platform.seller.ae/t/o/${email.id}.gif`);
    // The unsubscribe link in the footer stays direct.
    expect(tracked.value.html).toContain('href="https://seller.ae/unsubscribe/tok123"');
  });

  it('builds an outreach message with a footer link and RFC 2369/8058 headers', () => {
    const m = composed(makeEmail());
    expect(m).toEqual({
      messageId: '<email-1@seller.ae>',
      to: [{ email: 'ahmed@gulfpower.ae', name: 'Ahmed' }],
      subject: 'Should I close your file?',
      text: `Hi Ahmed,\n\nOne last time.\n\n--\n${unsubscribeFooterIntro}\nhttps://seller.ae/unsubscribe/tok123`,
      headers: {
        'List-Unsubscribe': '<https://seller.ae/unsubscribe/tok123>, <mailto:unsubscribe@seller.ae?subject=unsubscribe%20tok123>',
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
      attachmentIds: [],
    });
    expect(outgoingMail.safeParse(m).success).toBe(true);
  });

  it('leaves the mailto out without an unsubscribe mailbox', () => {
    expect(composed(makeEmail(), { ...settings, unsubscribeMailbox: '' }).headers).toEqual({
      'List-Unsubscribe': '<https://seller.ae/unsubscribe/tok123>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
  });

  it('never adds the footer twice, even composed again from its own output', () => {
    const once = composed(makeEmail());
    const twice = composed(makeEmail({ body: once.text }));
    expect(twice.text).toBe(once.text);
    expect(twice.text.split('https://seller.ae/unsubscribe/tok123')).toHaveLength(2);
  });

  it('adds no footer or list headers to a quotation or a reply', () => {
    for (const kind of ['quote', 'reply', 'other'] as const) {
      const m = composed(makeEmail({ kind, unsubscribeToken: '' }));
      expect(m.headers).toEqual({});
      expect(m.text).toBe('Hi Ahmed,\n\nOne last time.');
    }
  });

  it('folds line breaks in the subject to spaces, so no header can be injected', () => {
    const m = composed(makeEmail({ subject: 'Quote\r\nBcc: everyone@x.com\n\u2028next\u0085end\tx' }));
    expect(m.subject).toBe('Quote Bcc: everyone@x.com next end x');
    expect(composed(makeEmail({ to: [{ email: 'a@b.ae', name: 'Ahmed\r\nBcc: x@y.z' }] })).to[0]?.name).toBe('Ahmed Bcc: x@y.z');
  });

  it('refuses a recipient address carrying a header', () => {
    const r = composeOutgoing(makeEmail({ to: [{ email: 'a@b.ae\r\nBcc: x@y.z', name: '' }] }), settings);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.error).toMatch(/^The email cannot be sent as it is \(to\.0\.email: /);
  });

  it('uses the derived Message-ID when the email has none yet, and the library attachment ids', () => {
    const m = composed(makeEmail({ messageId: '', attachments: [{ id: 'att-1', fileName: 'quote.pdf', size: 10 }] }));
    expect(m.messageId).toBe('<email-1@seller.ae>');
    expect(m.attachmentIds).toEqual(['att-1']);
  });

  it('refuses what must not go out, saying why', () => {
    const refusal = (input: Partial<EmailInput>, s: MailSettings = settings) => {
      const r = composeOutgoing(makeEmail(input), s);
      return r.ok ? 'sent' : r.error;
    };
    for (const status of ['draft', 'pending_approval', 'rejected', 'sent', 'failed', 'cancelled'] as const) expect(refusal({ status })).toBe('Only an approved email can be sent.');
    expect(refusal({ status: 'approved' })).toBe('sent');
    expect(refusal({ subject: ' \r\n ' })).toBe('The email has no subject.');
    expect(refusal({ body: '  \n' })).toBe('The email has no text.');
    expect(refusal({ subject: 'For {{company.name}}', body: 'Hi {{lead.firstName}} {{company.name}}' })).toBe('The email still has unfilled tokens: {{company.name}}, {{lead.firstName}}.');
    expect(refusal({ to: [] })).toBe('The email has no recipient.');
    expect(refusal({ unsubscribeToken: '  ' })).toBe('This email needs an unsubscribe link, but it has no unsubscribe token.');
    expect(refusal({ messageId: 'not-a-message-id' })).toMatch(/^The email cannot be sent as it is \(messageId: /);
  });
});
