import { firstValueFrom } from 'rxjs';
import { filter } from 'rxjs/operators';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultEmailTemplateLibrary } from '../../core/emails/emailTemplates';
import { messageIdFor } from '../../core/emails/outgoingMessage';
import type { Email } from '../../core/model/email';
import type { LeadCenterData } from '../../renderer/data/contract';
import type { MailPort } from '../../renderer/data/emails/mailPort';
import { startTestSmtpServer, type TestSmtpServer } from '../fixtures/testSmtpServer';
import { manager, openTestData, testIds, waitFor, type TestData } from '../fixtures/testData';
import { closedPort, fromAddress, mailSettingsFor, startMailRig, unsubscribeBaseUrl, type MailRig } from './emailTestRig';

let smtp: TestSmtpServer;
const opened: TestData[] = [];
const rigs: MailRig[] = [];
let idPrefix = 0;

beforeAll(async () => {
  smtp = await startTestSmtpServer();
});

afterAll(async () => {
  await smtp.close();
});

afterEach(async () => {
  for (const t of opened.splice(0)) await t.data.close();
  for (const rig of rigs.splice(0)) await rig.close();
});

/** A mail service of its own (its journal) per test; ids unique across tests, so Message-IDs are too. */
async function rig(options: { port?: number } = {}): Promise<MailRig> {
  const started = await startMailRig({ smtp, ...options });
  rigs.push(started);
  return started;
}

async function open(mail: MailPort | undefined, options: Parameters<typeof openTestData>[0] = {}): Promise<TestData> {
  idPrefix += 1;
  const t = await openTestData({ label: 'email-sending', newId: testIds(`s${idPrefix}`), mail, ...options });
  opened.push(t);
  return t;
}

async function approvedEmail(data: LeadCenterData, options: { address?: string; kind?: Email['kind']; leadId?: string } = {}): Promise<Email> {
  const leadId = options.leadId ?? (await data.createLead({ name: 'Fatima Al Zahra', email: options.address ?? `fatima.${idPrefix}@buyer.example`, company: { name: 'Desert Water' } })).id;
  const draft = await data.emails.createDraft({ leadId, kind: options.kind ?? 'follow_up', subject: 'Pumps for Desert Water', body: 'Hi Fatima,\n\nhere is the offer for the pumps.\n\nSamira' });
  await data.emails.submit(draft.id);
  const outcome = await data.emails.approve([draft.id]);
  expect(outcome.done).toEqual([draft.id]);
  return (await data.emails.get(draft.id)) as Email;
}

const received = (messageId: string) => smtp.messages().filter((m) => m.messageId === messageId);

describe('sending approved emails', () => {
  it('an approved email arrives with its Message-ID, unsubscribe link and List-Unsubscribe headers, and is recorded on the lead', async () => {
    const mail = await rig();
    const t = await open(mail.service);
    const email = await approvedEmail(t.data);
    const messageId = messageIdFor(email.id, fromAddress);
    await t.data.emails.outbox.runNow();

    const [message] = received(messageId);
    expect(message).toBeDefined();
    const link = `${unsubscribeBaseUrl}/${email.unsubscribeToken}`;
    expect(message?.to).toEqual([`fatima.${idPrefix}@buyer.example`]);
    expect(message?.subject).toBe('Pumps for Desert Water');
    expect(message?.text).toContain('here is the offer for the pumps.');
    expect(message?.text).toContain(link);
    expect(message?.headers['list-unsubscribe']).toBe(`<${link}>, <mailto:unsubscribe@seller.example?subject=unsubscribe%20${email.unsubscribeToken}>`);
    expect(message?.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(message?.from).toContain(fromAddress);

    const sent = await t.data.emails.get(email.id);
    expect(sent).toMatchObject({ status: 'sent', messageId, attempts: 1, sentAt: t.clock.now(), lastError: '' });
    expect(sent?.auditTrail.map((e) => `${e.to}:${e.actor.kind}`)).toEqual(['draft:user', 'pending_approval:user', 'approved:user', 'sending:system', 'sent:system']);
    const events = await firstValueFrom(t.data.observeEvents(email.leadId));
    expect(events.filter((e) => e.type === 'email_sent').map((e) => e.data)).toEqual([{ emailId: email.id, subject: 'Pumps for Desert Water' }]);
    expect((await t.data.getLead(email.leadId))?.counters.emailsSent).toBe(1);
    expect(t.data.emails.outbox.status).toMatchObject({ serverReachable: true, sending: false, waiting: 0, lastRunAt: t.clock.now() });
    expect(t.data.emails.outbox.status.message).toMatch(/1 sent/);

    // A second pass sends nothing again.
    await t.data.emails.outbox.runNow();
    expect(received(messageId)).toHaveLength(1);
  });

  it('a quotation carries no unsubscribe link; drafts, emails waiting for approval and rejected ones never go', async () => {
    const mail = await rig();
    const t = await open(mail.service);
    const quote = await approvedEmail(t.data, { kind: 'quote' });
    const lead = await t.data.createLead({ name: 'Other', email: `other.${idPrefix}@buyer.example` });
    const draft = await t.data.emails.createDraft({ leadId: lead.id, kind: 'follow_up', subject: 'draft', body: 'draft' });
    const pending = await t.data.emails.submit((await t.data.emails.createDraft({ leadId: lead.id, kind: 'follow_up', subject: 'pending', body: 'pending' })).id);
    const rejected = await t.data.emails.submit((await t.data.emails.createDraft({ leadId: lead.id, kind: 'follow_up', subject: 'rejected', body: 'rejected' })).id);
    await t.data.emails.reject(rejected.id, 'not now');
    await t.data.emails.outbox.runNow();
    const [message] = received(messageIdFor(quote.id, fromAddress));
    expect(message?.headers['list-unsubscribe']).toBeUndefined();
    expect(message?.text).not.toContain(unsubscribeBaseUrl);
    for (const id of [draft.id, pending.id, rejected.id]) expect(received(messageIdFor(id, fromAddress))).toEqual([]);
    expect((await t.data.emails.get(draft.id))?.status).toBe('draft');
  });

  it('waits for its send time', async () => {
    const mail = await rig();
    const t = await open(mail.service);
    const lead = await t.data.createLead({ name: 'Later', email: `later.${idPrefix}@buyer.example` });
    const draft = await t.data.emails.createDraft({ leadId: lead.id, kind: 'follow_up', subject: 'Later', body: 'Later' });
    await t.data.emails.edit(draft.id, { sendAfter: t.clock.now() + 3_600_000 });
    await t.data.emails.submit(draft.id);
    await t.data.emails.approve([draft.id]);
    await t.data.emails.outbox.runNow();
    expect((await t.data.emails.get(draft.id))?.status).toBe('approved');
    expect(t.data.emails.outbox.status.waiting).toBe(1);
    t.clock.advance(3_600_000);
    await t.data.emails.outbox.runNow();
    expect((await t.data.emails.get(draft.id))?.status).toBe('sent');
  });

  it('sends soon after an approval when the outbox runs on its own', async () => {
    const mail = await rig();
    const t = await open(mail.service, { autoOutbox: true });
    const email = await approvedEmail(t.data);
    await smtp.waitForMessages(1);
    await waitFor(() => received(messageIdFor(email.id, fromAddress)).length === 1);
    const sent = await firstValueFrom(t.data.emails.observe({ statuses: ['sent'] }).pipe(filter((list) => list.length === 1)));
    expect(sent[0]?.id).toBe(email.id);
  });

  it('without a mail host the outbox says sending is not available here', async () => {
    const t = await open(undefined);
    await approvedEmail(t.data);
    await t.data.emails.outbox.runNow();
    expect(t.data.emails.outbox.status).toMatchObject({ serverReachable: false, message: 'Sending is not available here.', waiting: 1 });
  });
});

describe('attachments', () => {
  it('a template’s files from the attachment library go with the draft and arrive with the email; a file no longer there is left off', async () => {
    const mail = await rig();
    const t = await open(mail.service);
    const catalogue = await mail.service.addAttachment({ fileName: 'valve-catalogue.pdf', contentType: 'application/pdf', dataBase64: Buffer.from('%PDF-1.4 catalogue').toString('base64') });
    const template = {
      id: 'catalogue-follow-up',
      name: 'Catalogue follow-up',
      level: null,
      kind: 'follow_up',
      subject: 'Our catalogue for {{company.name}}',
      body: 'Hi {{lead.firstName}},\n\nthe catalogue is attached.\n\n{{seller.name}}',
      attachmentIds: [catalogue.id, 'gone-file'],
    };
    await t.data.setConfig('email-template', 'library', { templates: [...defaultEmailTemplateLibrary.templates, template] });
    const lead = await t.data.createLead({ name: 'Ahmed Saleh', email: `att.${idPrefix}@buyer.example`, company: { name: 'Gulf Valves' } });
    const { email, unfilledTokens } = await t.data.emails.draftFromTemplate(lead.id, 'catalogue-follow-up');
    expect(unfilledTokens).toEqual([]);
    expect(email.attachments).toEqual([{ id: catalogue.id, fileName: 'valve-catalogue.pdf', contentType: 'application/pdf', size: catalogue.size }]);
    await t.data.emails.submit(email.id);
    await t.data.emails.approve([email.id]);
    await t.data.emails.outbox.runNow();
    const [message] = received(messageIdFor(email.id, fromAddress));
    expect(message?.subject).toBe('Our catalogue for Gulf Valves');
    expect(message?.attachments).toEqual([{ fileName: 'valve-catalogue.pdf', size: catalogue.size }]);
  });
});

describe('suppression at send time', () => {
  const cases: { name: string; reason: RegExp; suppress: (data: LeadCenterData, leadId: string, address: string) => Promise<unknown> }[] = [
    { name: 'the buyer unsubscribed after approval', reason: /unsubscribed/, suppress: (data, leadId) => data.updateLead(leadId, { consent: { marketingOptIn: false, unsubscribed: true, bounced: false } }) },
    { name: 'the lead was moved to Spam/Blocked', reason: /group .*never emailed/, suppress: (data, leadId) => data.moveLeadsToGroup([leadId], 'spam') },
    { name: 'the lead was moved to Not Interested', reason: /group .*never emailed/, suppress: (data, leadId) => data.updateLead(leadId, { group: 'not_interested' }) },
    {
      name: 'another lead with the same address bounced',
      reason: /bounced/,
      suppress: async (data, _leadId, address) => {
        const twin = await data.createLead({ name: 'Same buyer, saved twice', email: address.toUpperCase() });
        await data.updateLead(twin.id, { consent: { marketingOptIn: false, unsubscribed: false, bounced: true } });
      },
    },
    { name: 'the lead was deleted', reason: /deleted/, suppress: (data, leadId) => data.deleteLeads([leadId]) },
  ];

  it.each(cases)('$name: the email is cancelled with the reason and nothing is sent', async ({ reason, suppress }) => {
    const mail = await rig();
    const t = await open(mail.service);
    const address = `suppressed.${idPrefix}@buyer.example`;
    const email = await approvedEmail(t.data, { address });
    await suppress(t.data, email.leadId, address);
    await t.data.emails.outbox.runNow();
    const cancelled = await t.data.emails.get(email.id);
    expect(cancelled?.status).toBe('cancelled');
    expect(cancelled?.auditTrail.at(-1)).toMatchObject({ from: 'approved', to: 'cancelled', actor: { kind: 'system', id: 'outbox' }, note: expect.stringMatching(reason) });
    expect(received(messageIdFor(email.id, fromAddress))).toEqual([]);
    expect(smtp.messages().some((m) => m.to.includes(address))).toBe(false);
  });
});

describe('an unreachable or refusing server', () => {
  it('approved emails wait while the server is down and go once it is up', async () => {
    const mail = await rig({ port: await closedPort() });
    const t = await open(mail.service);
    const email = await approvedEmail(t.data);
    await t.data.emails.outbox.runNow();
    expect(t.data.emails.outbox.status).toMatchObject({ serverReachable: false, waiting: 1 });
    expect(t.data.emails.outbox.status.message).toMatch(/^SMTP server not reachable: /);
    expect(await t.data.emails.get(email.id)).toMatchObject({ status: 'approved', attempts: 0, messageId: '' });

    await mail.service.saveMailSettings({ settings: mailSettingsFor(smtp.port) });
    await t.data.emails.outbox.runNow();
    expect(received(messageIdFor(email.id, fromAddress))).toHaveLength(1);
    expect(t.data.emails.outbox.status).toMatchObject({ serverReachable: true, waiting: 0 });
  });

  it('a temporary refusal is retried after the wait with the same Message-ID; a permanent one is final', async () => {
    const mail = await rig();
    const t = await open(mail.service);
    const email = await approvedEmail(t.data);
    smtp.refuseNext(451, 'Try again later');
    await t.data.emails.outbox.runNow();
    const failed = await t.data.emails.get(email.id);
    expect(failed).toMatchObject({ status: 'failed', attempts: 1 });
    expect(failed?.nextAttemptAt).toBeGreaterThan(t.clock.now());
    expect(t.data.emails.outbox.status.waiting).toBe(1);
    await t.data.emails.outbox.runNow();
    expect((await t.data.emails.get(email.id))?.status).toBe('failed');
    t.clock.set(failed?.nextAttemptAt ?? 0);
    await t.data.emails.outbox.runNow();
    expect(await t.data.emails.get(email.id)).toMatchObject({ status: 'sent', attempts: 2, messageId: messageIdFor(email.id, fromAddress) });
    expect(received(messageIdFor(email.id, fromAddress))).toHaveLength(1);

    const refused = await approvedEmail(t.data);
    smtp.refuseNext(550, 'No such user here');
    await t.data.emails.outbox.runNow();
    expect(await t.data.emails.get(refused.id)).toMatchObject({ status: 'failed', nextAttemptAt: null });
    t.clock.advance(86_400_000);
    await t.data.emails.outbox.runNow();
    expect((await t.data.emails.get(refused.id))?.status).toBe('failed');
    expect(received(messageIdFor(refused.id, fromAddress))).toEqual([]);
  });
});

describe('undo after approval', () => {
  it('an approval waits out the undo window; taken back, nothing is sent and it waits for approval again', async () => {
    const mail = await rig();
    const t = await open(mail.service, { approvalUndoMs: 6_000 });
    const kept = await approvedEmail(t.data);
    const undone = await approvedEmail(t.data, { address: `undone.${idPrefix}@buyer.example` });

    // Inside the window the outbox holds both back.
    t.clock.advance(2_000);
    await t.data.emails.outbox.runNow();
    expect(received(messageIdFor(kept.id, fromAddress))).toEqual([]);
    expect((await t.data.emails.get(kept.id))?.status).toBe('approved');

    const outcome = await t.data.emails.withdrawApproval([undone.id]);
    expect(outcome).toEqual({ done: [undone.id], refused: [] });
    const back = await t.data.emails.get(undone.id);
    expect(back).toMatchObject({ status: 'pending_approval', approvedBy: null, approvedAt: null });
    expect(back?.auditTrail.at(-1)).toMatchObject({ from: 'approved', to: 'pending_approval', note: 'approval taken back' });

    // After the window the kept one goes; the one taken back never does.
    t.clock.advance(4_000);
    await t.data.emails.outbox.runNow();
    expect(received(messageIdFor(kept.id, fromAddress))).toHaveLength(1);
    expect((await t.data.emails.get(kept.id))?.status).toBe('sent');
    expect(received(messageIdFor(undone.id, fromAddress))).toEqual([]);
    // Too late for the sent one.
    const late = await t.data.emails.withdrawApproval([kept.id]);
    expect(late.done).toEqual([]);
    expect(late.refused[0]?.reason).toMatch(/already sent/);
  });

  it('only the approver or a manager of the team can take an approval back', async () => {
    const mail = await rig();
    const author = await open(mail.service);
    const email = await approvedEmail(author.data);
    // The same database, opened by a colleague of the same team (one window at a time here).
    await author.data.close();
    opened.splice(opened.indexOf(author), 1);
    const colleague = await open(mail.service, { databaseName: author.databaseName, clock: author.clock, seller: { userId: 'user-2', userName: 'Omar', teamId: 'team-1', role: 'seller' } });
    const refused = await colleague.data.emails.withdrawApproval([email.id]);
    expect(refused.done).toEqual([]);
    expect(refused.refused[0]?.reason).toMatch(/Only the person who approved/);
  });
});

describe('exactly once', () => {
  const crashes: { name: string; after: () => Promise<never> }[] = [
    { name: 'the host call throws after SMTP accepted', after: () => Promise.reject(new Error('the app stopped before writing the outcome')) },
    { name: 'the host call never answers after SMTP accepted', after: () => new Promise<never>(() => undefined) },
  ];

  it.each(crashes)('$name: after reopening, the email ends sent and exactly one message arrived', async ({ after }) => {
    const mail = await rig();
    let accepted = 0;
    const crashing: MailPort = {
      ...mail.service,
      sendEmail: async (message) => {
        const outcome = await mail.service.sendEmail(message);
        if (outcome.status === 'accepted') accepted += 1;
        return after();
      },
    };
    const first = await open(crashing);
    const email = await approvedEmail(first.data);
    const messageId = messageIdFor(email.id, fromAddress);
    // The pass that never answers is left running, as a crashed app would leave it.
    void first.data.emails.outbox.runNow();
    await waitFor(() => accepted === 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await first.data.emails.get(email.id)).toMatchObject({ status: 'sending', messageId });
    expect(received(messageId)).toHaveLength(1);
    await first.data.close();
    opened.splice(opened.indexOf(first), 1);

    const reopened = await open(mail.service, { databaseName: first.databaseName, clock: first.clock });
    await reopened.data.emails.outbox.runNow();
    expect(await reopened.data.emails.get(email.id)).toMatchObject({ status: 'sent', attempts: 1, messageId });
    expect(received(messageId)).toHaveLength(1);
    const events = await firstValueFrom(reopened.data.observeEvents(email.leadId));
    expect(events.filter((e) => e.type === 'email_sent')).toHaveLength(1);
    await reopened.data.emails.outbox.runNow();
    expect(received(messageId)).toHaveLength(1);
  });

  it('a message accepted before a crash is recorded as sent even if the address was suppressed meanwhile', async () => {
    const mail = await rig();
    const crashing: MailPort = {
      ...mail.service,
      sendEmail: async (message) => {
        await mail.service.sendEmail(message);
        throw new Error('the app stopped before writing the outcome');
      },
    };
    const first = await open(crashing);
    const email = await approvedEmail(first.data);
    const messageId = messageIdFor(email.id, fromAddress);
    await first.data.emails.outbox.runNow();
    expect((await first.data.emails.get(email.id))?.status).toBe('sending');
    const lead = await first.data.getLead(email.leadId);
    await first.data.updateLead(email.leadId, { consent: { ...(lead?.consent ?? { marketingOptIn: false, bounced: false }), unsubscribed: true } });
    await first.data.close();
    opened.splice(opened.indexOf(first), 1);

    const reopened = await open(mail.service, { databaseName: first.databaseName, clock: first.clock });
    expect(await mail.service.deliveryStatus(messageId)).toMatchObject({ state: 'accepted' });
    await reopened.data.emails.outbox.runNow();
    // The record tells the truth: it went (once), before the buyer unsubscribed.
    expect(await reopened.data.emails.get(email.id)).toMatchObject({ status: 'sent', attempts: 1 });
    expect(received(messageId)).toHaveLength(1);
  });
});

describe('a crash before the host was asked', () => {
  it('the email is sent once after reopening, unless its address was suppressed meanwhile', async () => {
    const mail = await rig();
    const failing: MailPort = { ...mail.service, sendEmail: () => Promise.reject(new Error('the app stopped before asking the host')) };
    const first = await open(failing);
    const goes = await approvedEmail(first.data, { address: `goes.${idPrefix}@buyer.example` });
    const stops = await approvedEmail(first.data, { address: `stops.${idPrefix}@buyer.example` });
    await first.data.emails.outbox.runNow();
    expect((await first.data.emails.get(goes.id))?.status).toBe('sending');
    expect((await first.data.emails.get(stops.id))?.status).toBe('sending');
    const stopped = await first.data.getLead(stops.leadId);
    await first.data.updateLead(stops.leadId, { consent: { ...(stopped?.consent ?? { marketingOptIn: false, bounced: false }), unsubscribed: true } });
    await first.data.close();
    opened.splice(opened.indexOf(first), 1);

    const reopened = await open(mail.service, { databaseName: first.databaseName, clock: first.clock });
    await reopened.data.emails.outbox.runNow();
    expect((await reopened.data.emails.get(goes.id))?.status).toBe('sent');
    expect(received(messageIdFor(goes.id, fromAddress))).toHaveLength(1);
    const failed = await reopened.data.emails.get(stops.id);
    expect(failed).toMatchObject({ status: 'failed', nextAttemptAt: null });
    expect(failed?.lastError).toMatch(/unsubscribed.*Not sent\./);
    expect(received(messageIdFor(stops.id, fromAddress))).toEqual([]);
  });
});

describe('replies and bounces', () => {
  it('a reply and a bounce are recorded on the lead; after a bounce the address is suppressed', async () => {
    const mail = await rig();
    const t = await open(mail.service);
    const email = await approvedEmail(t.data);
    await expect(t.data.emails.recordReply(email.id)).rejects.toThrow(/Only a sent email/);
    await t.data.emails.outbox.runNow();
    t.clock.advance(3_600_000);
    const replied = await t.data.emails.recordReply(email.id, { note: 'Asked for a call' });
    expect(replied.repliedAt).toBe(t.clock.now());
    let lead = await t.data.getLead(email.leadId);
    expect(lead?.counters.emailsReplied).toBe(1);

    const bounced = await t.data.emails.recordBounce(email.id, { reason: 'mailbox full' });
    expect(bounced.bouncedAt).toBe(t.clock.now());
    await expect(t.data.emails.recordBounce(email.id)).rejects.toThrow(/already recorded/);
    lead = await t.data.getLead(email.leadId);
    expect(lead?.consent.bounced).toBe(true);
    const events = await firstValueFrom(t.data.observeEvents(email.leadId));
    const outcomes = events.filter((e) => e.type === 'email_reply' || e.type === 'email_bounce').map((e) => [e.type, e.data]);
    expect(outcomes).toHaveLength(2);
    expect(outcomes).toEqual(
      expect.arrayContaining([
        ['email_bounce', { emailId: email.id, reason: 'mailbox full' }],
        ['email_reply', { emailId: email.id, note: 'Asked for a call' }],
      ]),
    );

    const next = await approvedEmail(t.data, { leadId: email.leadId });
    await t.data.emails.outbox.runNow();
    expect(await t.data.emails.get(next.id)).toMatchObject({ status: 'cancelled', auditTrail: expect.arrayContaining([expect.objectContaining({ note: expect.stringMatching(/bounced/) })]) });
  });
});

describe('the AI drafter', () => {
  it('is used when it answers; its drafts need a manager; when it is off or fails the template is used and the user told', async () => {
    const mail = await rig();
    let current = await open(mail.service);
    const { databaseName, clock } = current;
    /** The same database, opened again with another mail port or as another person. */
    const reopen = async (port: MailPort, as?: typeof manager): Promise<TestData> => {
      await current.data.close();
      opened.splice(opened.indexOf(current), 1);
      current = await open(port, { databaseName, clock, ...(as ? { seller: as } : {}) });
      return current;
    };
    const lead = await current.data.createLead({ name: 'Ahmed', email: `ahmed.${idPrefix}@buyer.example`, company: { name: 'Gulf Valves' }, qualification: { need: 'gate valves' } });
    const fallback = await current.data.emails.draftFromTemplate(lead.id, 'cold-close-file', { useAi: true });
    expect(fallback.email.origin).toBe('template');
    expect(fallback.fallbackReason).toMatch(/AI drafter is off/);

    const prompts: string[] = [];
    const answering: MailPort = {
      ...mail.service,
      draftWithAi: async ({ messages }) => {
        prompts.push(messages.map((m) => m.content).join('\n'));
        return { ok: true, model: 'local-llama', content: 'Subject: Gate valves for {{company.name}}\n\nHi {{lead.firstName}},\n\nshall I keep your file open?' };
      },
    };
    let t = await reopen(answering);
    const drafted = await t.data.emails.draftFromTemplate(lead.id, 'cold-close-file', { useAi: true });
    expect(drafted.fallbackReason).toBeNull();
    expect(drafted.email).toMatchObject({ origin: 'ai', aiModel: 'local-llama', templateId: 'cold-close-file', subject: 'Gate valves for Gulf Valves' });
    expect(drafted.email.body).toContain('Hi Ahmed,');
    expect(prompts[0]).toContain('gate valves');
    expect(prompts[0]).not.toContain(`ahmed.${idPrefix}@buyer.example`);
    await t.data.emails.submit(drafted.email.id);
    expect((await t.data.emails.approve([drafted.email.id])).refused[0]?.reason).toMatch(/AI-drafted emails need a manager/);

    t = await reopen(mail.service, manager);
    expect((await t.data.emails.approve([drafted.email.id])).done).toEqual([drafted.email.id]);

    const broken: MailPort = { ...mail.service, draftWithAi: async () => ({ ok: true, model: 'm', content: 'no subject line here' }) };
    const unreachable: MailPort = { ...mail.service, draftWithAi: async () => ({ ok: false, reason: 'unreachable', error: 'connect ECONNREFUSED 127.0.0.1:11434' }) };
    const throwing: MailPort = { ...mail.service, draftWithAi: () => Promise.reject(new Error('IPC channel closed')) };
    for (const [port, words] of [
      [broken, /AI draft could not be used/],
      [unreachable, /could not be reached \(connect ECONNREFUSED/],
      [throwing, /could not be reached \(IPC channel closed/],
    ] as const) {
      t = await reopen(port);
      const outcome = await t.data.emails.draftFromTemplate(lead.id, 'cold-close-file', { useAi: true });
      expect(outcome.email.origin).toBe('template');
      expect(outcome.fallbackReason).toMatch(words);
    }
  });
});
