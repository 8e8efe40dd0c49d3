/**
 * The Node mail service against a real SMTP server (tests/fixtures/testSmtpServer) and a real
 * HTTP server standing in for an OpenAI-compatible endpoint. Files go to a fresh folder per test.
 */
import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MailSettingsInput, OutgoingMailInput } from '../../core/desktop-api';
import { createMailService, type MailService } from '../../electron/services/mail/mailService';
import { createFileSecretStore } from '../../electron/services/mail/secretStore';
import { startTestSmtpServer, type TestSmtpServer } from '../fixtures/testSmtpServer';

let dataDir: string;
let smtp: TestSmtpServer | null = null;
let mail: MailService | null = null;
const services: MailService[] = [];
let now = 1_700_000_000_000;
const clock = () => now++;
const quick = { connection: 1000, greeting: 1000, socket: 3000 };

async function openService(): Promise<MailService> {
  const service = await createMailService({ dataDir, secrets: createFileSecretStore(dataDir), clock, smtpTimeouts: quick });
  services.push(service);
  return service;
}

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'lc-mail-service-'));
  mail = await openService();
});

afterEach(async () => {
  for (const service of services.splice(0)) await service.close();
  await smtp?.close();
  smtp = null;
  await rm(dataDir, { recursive: true, force: true });
});

function settingsFor(port: number, extra: Partial<MailSettingsInput> = {}): MailSettingsInput {
  return {
    host: '127.0.0.1',
    port,
    security: 'none',
    fromAddress: 'sam@seller.example',
    fromName: 'Sam Seller',
    unsubscribeBaseUrl: 'https://seller.example/unsubscribe',
    ...extra,
  };
}

function email(id: string, extra: Partial<OutgoingMailInput> = {}): OutgoingMailInput {
  return {
    messageId: `<${id}@seller.example>`,
    to: [{ email: 'ada@buyer.example', name: 'Ada Buyer' }],
    subject: 'Should I close your file?',
    text: 'Hello Ada,\n\nShould I close your file?\n\nUnsubscribe: https://seller.example/unsubscribe/tok-1',
    headers: {
      'List-Unsubscribe': '<https://seller.example/unsubscribe/tok-1>, <mailto:unsubscribe@seller.example?subject=tok-1>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
    ...extra,
  };
}

async function ready(extra: Partial<MailSettingsInput> = {}, password?: string): Promise<{ service: MailService; server: TestSmtpServer }> {
  smtp = await startTestSmtpServer(extra.user ? { user: extra.user, password } : {});
  const service = mail as MailService;
  await service.saveMailSettings({ settings: settingsFor(smtp.port, extra), password });
  return { service, server: smtp };
}

const journalText = () => readFile(path.join(dataDir, 'mail-journal.jsonl'), 'utf8').catch(() => '');

describe('mail settings', () => {
  it('round-trip without ever returning the password, which lives only in the secrets file', async () => {
    const service = mail as MailService;
    expect(await service.getMailSettings()).toEqual({
      settings: null,
      passwordSaved: false,
      secretStorage: 'a file in the app data folder that only your user account can read (not encrypted)',
    });
    const saved = await service.saveMailSettings({ settings: settingsFor(587, { security: 'starttls', user: 'sam' }), password: 'S3cret-pass' });
    expect(saved.settings).toMatchObject({ host: '127.0.0.1', port: 587, security: 'starttls', user: 'sam', fromName: 'Sam Seller' });
    expect(saved.passwordSaved).toBe(true);
    expect(JSON.stringify(saved)).not.toContain('S3cret-pass');
    expect(await readFile(path.join(dataDir, 'mail-settings.json'), 'utf8')).not.toContain('S3cret-pass');
    expect(await readFile(path.join(dataDir, 'secrets.json'), 'utf8')).toContain('S3cret-pass');

    // Saving again without a password keeps it; null removes it.
    expect((await service.saveMailSettings({ settings: settingsFor(2525) })).passwordSaved).toBe(true);
    const reopened = await openService();
    expect(await reopened.getMailSettings()).toMatchObject({ settings: { port: 2525 }, passwordSaved: true });
    expect((await service.saveMailSettings({ settings: settingsFor(2525), password: null })).passwordSaved).toBe(false);
  });

  it('refuses settings that fail the schema and keeps the old ones', async () => {
    const service = mail as MailService;
    await service.saveMailSettings({ settings: settingsFor(25) });
    await expect(service.saveMailSettings({ settings: settingsFor(25, { unsubscribeBaseUrl: 'http://plain.example' }) })).rejects.toThrow();
    expect((await service.getMailSettings()).settings?.unsubscribeBaseUrl).toBe('https://seller.example/unsubscribe');
  });
});

describe('sending', () => {
  it('delivers an email with the exact Message-ID, the unsubscribe headers, the body and an attachment', async () => {
    const { service, server } = await ready();
    const file = await service.addAttachment({ fileName: 'Price list 2026.pdf', contentType: 'application/pdf', dataBase64: Buffer.from('%PDF-1.7 prices').toString('base64') });
    const outcome = await service.sendEmail(email('email-1', { attachmentIds: [file.id] }));
    expect(outcome).toMatchObject({ status: 'accepted', alreadySent: false, response: expect.stringMatching(/^250/) });

    const [received] = await server.waitForMessages(1);
    expect(received?.messageId).toBe('<email-1@seller.example>');
    expect(received?.to).toEqual(['ada@buyer.example']);
    expect(received?.from).toBe('"Sam Seller" <sam@seller.example>');
    expect(received?.subject).toBe('Should I close your file?');
    expect(received?.text).toContain('Should I close your file?');
    expect(received?.text).toContain('https://seller.example/unsubscribe/tok-1');
    expect(received?.headers['list-unsubscribe']).toBe('<https://seller.example/unsubscribe/tok-1>, <mailto:unsubscribe@seller.example?subject=tok-1>');
    expect(received?.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(received?.attachments).toEqual([{ fileName: 'Price list 2026.pdf', size: 15 }]);
  });

  it('logs in with the password from the secret store', async () => {
    const { service, server } = await ready({ user: 'sam' }, 'right-password');
    expect(await service.sendEmail(email('email-auth'))).toMatchObject({ status: 'accepted' });
    expect(server.failedLogins()).toBe(0);
    await service.saveMailSettings({ settings: settingsFor(server.port, { user: 'sam' }), password: 'wrong-password' });
    expect(await service.sendEmail(email('email-auth-2'))).toMatchObject({ status: 'failed', retryable: false });
    expect(server.failedLogins()).toBe(1);
  });

  it('sends a Message-ID once: the second call answers from the journal', async () => {
    const { service, server } = await ready();
    const first = await service.sendEmail(email('email-twice'));
    const second = await service.sendEmail(email('email-twice', { subject: 'changed' }));
    expect(first).toMatchObject({ status: 'accepted', alreadySent: false });
    expect(second).toEqual({ ...first, alreadySent: true });
    await server.waitForMessages(1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(server.messages()).toHaveLength(1);
  });

  it('sends a Message-ID once even when asked twice at the same moment', async () => {
    const { service, server } = await ready();
    const outcomes = await Promise.all([service.sendEmail(email('email-race')), service.sendEmail(email('email-race'))]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['accepted', 'accepted']);
    expect(outcomes.map((outcome) => outcome.status === 'accepted' && outcome.alreadySent).sort()).toEqual([false, true]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(server.messages()).toHaveLength(1);
  });

  it('after a crash between SMTP acceptance and the status write, a restarted service answers "already sent"', async () => {
    const { service, server } = await ready();
    await service.sendEmail(email('email-crash-after'));
    // The renderer never learnt the outcome; a new process asks again with the same Message-ID.
    const restarted = await openService();
    expect(await restarted.deliveryStatus('<email-crash-after@seller.example>')).toMatchObject({ state: 'accepted', response: expect.stringContaining('250') });
    expect(await restarted.sendEmail(email('email-crash-after'))).toMatchObject({ status: 'accepted', alreadySent: true });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(server.messages()).toHaveLength(1);
  });

  it('treats an attempt cut off by a crash as uncertain and never sends it', async () => {
    const { server } = await ready();
    // What the journal holds when the process died mid-SMTP: "attempting" with no outcome.
    await appendFile(path.join(dataDir, 'mail-journal.jsonl'), `${JSON.stringify({ messageId: '<email-cut@seller.example>', at: 1, state: 'attempting' })}\n`);
    const restarted = await openService();
    expect(await restarted.deliveryStatus('<email-cut@seller.example>')).toEqual({ state: 'attempting', at: 1 });
    expect(await restarted.deliveryStatus('<never-sent@seller.example>')).toEqual({ state: 'none' });
    const outcome = await restarted.sendEmail(email('email-cut'));
    expect(outcome).toEqual({ status: 'uncertain', error: expect.stringMatching(/cut off.*may have been delivered/) });
    expect(await restarted.sendEmail(email('email-cut'))).toMatchObject({ status: 'uncertain' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(server.messages()).toHaveLength(0);
  });

  it('calls a connection cut after DATA uncertain, and does not send that Message-ID again', async () => {
    const { service, server } = await ready();
    server.dropNextAfterData();
    expect(await service.sendEmail(email('email-dropped'))).toMatchObject({ status: 'uncertain', error: expect.stringMatching(/after the message was handed/) });
    expect(await service.sendEmail(email('email-dropped'))).toMatchObject({ status: 'uncertain' });
    expect(server.messages()).toHaveLength(0);
  });

  it('reports 4xx as retryable (and a retry then delivers once), 5xx as final', async () => {
    const { service, server } = await ready();
    server.refuseNext(451, 'Greylisted, try again later');
    expect(await service.sendEmail(email('email-4xx'))).toEqual({ status: 'failed', retryable: true, error: expect.stringContaining('451') });
    expect(await service.deliveryStatus('<email-4xx@seller.example>')).toMatchObject({ state: 'failed', retryable: true });
    expect(await service.sendEmail(email('email-4xx'))).toMatchObject({ status: 'accepted', alreadySent: false });

    server.refuseNext(550, 'No such mailbox');
    expect(await service.sendEmail(email('email-5xx'))).toEqual({ status: 'failed', retryable: false, error: expect.stringContaining('550') });
    server.refuseNext(554, 'Message looks like spam', 'data');
    expect(await service.sendEmail(email('email-5xx-data'))).toMatchObject({ status: 'failed', retryable: false });
    expect(server.messages().map((received) => received.messageId)).toEqual(['<email-4xx@seller.example>']);
    expect(await journalText()).toContain('"state":"failed"');
  });

  it('with the server down: checkMailServer says unreachable and sendEmail fails retryably', async () => {
    const { service, server } = await ready();
    expect(await service.checkMailServer()).toEqual({ reachable: true, message: `Connected to 127.0.0.1:${server.port}` });
    await server.close();
    smtp = null;
    expect(await service.checkMailServer()).toMatchObject({ reachable: false, message: expect.stringContaining(`127.0.0.1:${server.port}`) });
    expect(await service.sendEmail(email('email-offline'))).toMatchObject({ status: 'failed', retryable: true });
  });

  it('without settings: nothing is reachable and nothing is journaled', async () => {
    const service = mail as MailService;
    expect(await service.checkMailServer()).toEqual({ reachable: false, message: 'No SMTP settings yet' });
    expect(await service.sendEmail(email('email-no-settings'))).toEqual({ status: 'failed', retryable: true, error: 'No SMTP settings yet' });
    expect(await journalText()).toBe('');
  });

  it('refuses an unknown attachment or a header the mailer owns before speaking to SMTP', async () => {
    const { service, server } = await ready();
    expect(await service.sendEmail(email('email-no-file', { attachmentIds: ['4b0d3c1e-0000-4000-8000-000000000000'] }))).toMatchObject({
      status: 'failed',
      retryable: false,
      error: expect.stringContaining('no longer in the attachment library'),
    });
    expect(await service.sendEmail(email('email-bcc', { headers: { Bcc: 'spy@elsewhere.example' } }))).toMatchObject({ status: 'failed', retryable: false });
    expect(server.messages()).toHaveLength(0);
    expect(await journalText()).toBe('');
  });

  it.each([
    ['a line break in a header value', { headers: { 'X-Note': 'hi\r\nBcc: spy@elsewhere.example' } }],
    ['a line break in a header name', { headers: { 'X-Note\r\nBcc': 'spy@elsewhere.example' } }],
    ['a recipient list smuggled into an address', { to: [{ email: 'ada@buyer.example>,<spy@elsewhere.example', name: '' }] }],
    ['a Message-ID with a line break', { messageId: '<a@b.example>\r\nBcc: spy@elsewhere.example' }],
  ])('refuses header injection through %s (schema)', async (_label, extra) => {
    const { service, server } = await ready();
    await expect(service.sendEmail(email('email-injection', extra))).rejects.toThrow();
    expect(server.messages()).toHaveLength(0);
    expect(await journalText()).toBe('');
  });
});

describe('attachment library', () => {
  it('lists, removes and refuses files over 10 MB', async () => {
    const service = mail as MailService;
    const file = await service.addAttachment({ fileName: 'brochure.pdf', dataBase64: Buffer.from('x').toString('base64') });
    expect(await service.listAttachments()).toEqual([file]);
    await expect(service.addAttachment({ fileName: 'huge.bin', dataBase64: Buffer.alloc(10 * 1024 * 1024 + 1).toString('base64') })).rejects.toThrow(/10 MB/);
    expect(await service.removeAttachment(file.id)).toEqual({ removed: true });
    expect(await service.listAttachments()).toEqual([]);
  });
});

describe('AI drafter against a local chat-completions endpoint', () => {
  let http: Server | null = null;
  let answer: (request: IncomingMessage, body: string, response: ServerResponse) => void = () => undefined;
  const requests: { url: string; authorization: string | undefined; body: unknown }[] = [];

  async function startEndpoint(): Promise<string> {
    http = createServer((request, response) => {
      let body = '';
      request.setEncoding('utf8');
      request.on('data', (chunk: string) => (body += chunk));
      request.on('end', () => {
        requests.push({ url: request.url ?? '', authorization: request.headers.authorization, body: JSON.parse(body) as unknown });
        answer(request, body, response);
      });
    });
    await new Promise<void>((resolve) => http?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(http.address() as AddressInfo).port}/v1`;
  }

  afterEach(async () => {
    requests.length = 0;
    http?.closeAllConnections();
    await new Promise<void>((resolve) => (http ? http.close(() => resolve()) : resolve()));
    http = null;
  });

  const messages = [
    { role: 'system' as const, content: 'You draft emails.' },
    { role: 'user' as const, content: 'Draft a follow-up to Ada.' },
  ];

  it('returns the endpoint answer, sending the model, the messages and the saved key', async () => {
    const baseUrl = await startEndpoint();
    answer = (_request, _body, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ model: 'qwen2.5:7b', choices: [{ message: { role: 'assistant', content: 'Subject: Hi\n\nDear Ada' } }] }));
    };
    const service = mail as MailService;
    const view = await service.saveAiSettings({ settings: { enabled: true, baseUrl, model: 'qwen2.5' }, apiKey: 'sk-local-123' });
    expect(view).toMatchObject({ settings: { enabled: true, model: 'qwen2.5', timeoutMs: 30_000 }, apiKeySaved: true });
    expect(JSON.stringify(view)).not.toContain('sk-local-123');
    expect(await readFile(path.join(dataDir, 'ai-settings.json'), 'utf8')).not.toContain('sk-local-123');

    expect(await service.draftWithAi({ messages })).toEqual({ ok: true, model: 'qwen2.5:7b', content: 'Subject: Hi\n\nDear Ada' });
    expect(requests).toEqual([{ url: '/v1/chat/completions', authorization: 'Bearer sk-local-123', body: { model: 'qwen2.5', messages } }]);
  });

  it('says refused when the endpoint answers 500', async () => {
    const baseUrl = await startEndpoint();
    answer = (_request, _body, response) => {
      response.writeHead(500, { 'content-type': 'text/plain' });
      response.end('model crashed');
    };
    const service = mail as MailService;
    await service.saveAiSettings({ settings: { enabled: true, baseUrl, model: 'm' } });
    expect(await service.draftWithAi({ messages })).toEqual({ ok: false, reason: 'refused', error: 'The AI endpoint answered HTTP 500: model crashed' });
    expect(requests[0]?.authorization).toBeUndefined();
  });

  it('says unreachable when nothing listens on the port', async () => {
    const baseUrl = await startEndpoint();
    http?.close();
    http = null;
    const service = mail as MailService;
    await service.saveAiSettings({ settings: { enabled: true, baseUrl, model: 'm' } });
    expect(await service.draftWithAi({ messages })).toMatchObject({ ok: false, reason: 'unreachable', error: expect.stringContaining('ECONNREFUSED') });
  });

  it('gives up after its timeout', async () => {
    const baseUrl = await startEndpoint();
    answer = () => undefined; // never answers
    const service = mail as MailService;
    await service.saveAiSettings({ settings: { enabled: true, baseUrl, model: 'm', timeoutMs: 1000 } });
    const started = Date.now();
    expect(await service.draftWithAi({ messages })).toEqual({ ok: false, reason: 'unreachable', error: 'The AI endpoint did not answer within 1 s' });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('is off when disabled or never set up, and calls nothing', async () => {
    const baseUrl = await startEndpoint();
    const service = mail as MailService;
    expect(await service.draftWithAi({ messages })).toMatchObject({ ok: false, reason: 'off' });
    await service.saveAiSettings({ settings: { enabled: false, baseUrl, model: 'm' } });
    expect(await service.draftWithAi({ messages })).toEqual({ ok: false, reason: 'off', error: 'The AI drafter is turned off' });
    expect(requests).toEqual([]);
  });
});
