import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { mailSettings, type MailSettings } from '../../../core/desktop-api';
import { startTestSmtpServer, type TestSmtpServer } from '../../../tests/fixtures/testSmtpServer';
import { checkSmtpServer, classifySmtpError, sendViaSmtp, type SmtpMessage } from './smtpSender';

function smtpError(message: string, fields: Record<string, unknown>): Error {
  return Object.assign(new Error(message), fields);
}

describe('classifySmtpError', () => {
  it('trusts the server answer: 4xx may pass later, 5xx will not', () => {
    expect(classifySmtpError(smtpError('451 Try later', { responseCode: 451 }), false)).toEqual({ state: 'failed', retryable: true, error: '451 Try later' });
    expect(classifySmtpError(smtpError('550 No such user', { responseCode: 550, code: 'EENVELOPE' }), false)).toMatchObject({ state: 'failed', retryable: false });
    // An answer after DATA is still an answer: refused, not "maybe delivered".
    expect(classifySmtpError(smtpError('554 Spam', { responseCode: 554, code: 'EMESSAGE' }), true)).toMatchObject({ state: 'failed', retryable: false });
    expect(classifySmtpError(smtpError('535 Auth failed', { responseCode: 535, code: 'EAUTH' }), false)).toMatchObject({ state: 'failed', retryable: false });
  });

  it('calls a break after the message was handed over uncertain', () => {
    expect(classifySmtpError(smtpError('Connection closed unexpectedly', { code: 'ECONNECTION' }), true)).toEqual({
      state: 'uncertain',
      error: 'The connection broke after the message was handed to the server: Connection closed unexpectedly',
    });
    expect(classifySmtpError(smtpError('Timeout', { code: 'ETIMEDOUT' }), true)).toMatchObject({ state: 'uncertain' });
  });

  it.each([
    ['a refused connection', smtpError('connect ECONNREFUSED 127.0.0.1:1', { code: 'ESOCKET' })],
    ['an unknown host', smtpError('getaddrinfo ENOTFOUND smtp.nowhere', { code: 'EDNS' })],
    ['a greeting timeout', smtpError('Greeting never received', { code: 'ETIMEDOUT' })],
    ['a thrown string', 'boom'],
  ])('calls %s before DATA a retryable failure', (_label, error) => {
    expect(classifySmtpError(error, false)).toMatchObject({ state: 'failed', retryable: true });
  });

  it('calls a malformed message or envelope a failure for good', () => {
    expect(classifySmtpError(smtpError('Invalid recipient', { code: 'EENVELOPE' }), false)).toMatchObject({ state: 'failed', retryable: false });
    expect(classifySmtpError(smtpError('Empty message', { code: 'EMESSAGE' }), false)).toMatchObject({ state: 'failed', retryable: false });
  });
});

let server: TestSmtpServer | null = null;
let silent: Server | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
  await new Promise<void>((resolve) => (silent ? silent.close(() => resolve()) : resolve()));
  silent = null;
});

const settingsFor = (port: number, extra: Partial<MailSettings> = {}): MailSettings =>
  mailSettings.parse({ host: '127.0.0.1', port, security: 'none', fromAddress: 'sam@example.com', fromName: 'Sam', unsubscribeBaseUrl: 'https://example.com/u', ...extra });

const message: SmtpMessage = {
  messageId: '<email-1@example.com>',
  from: { name: 'Sam', address: 'sam@example.com' },
  to: [{ name: 'Ada', address: 'ada@example.org' }],
  subject: 'Your quote',
  text: 'Hello Ada',
  headers: { 'X-Lead-Center': 'yes' },
  attachments: [],
};

const quick = { connection: 1000, greeting: 500, socket: 2000 };

describe('sendViaSmtp against a real SMTP server', () => {
  it('delivers with exactly the given Message-ID and reports the server answer', async () => {
    server = await startTestSmtpServer();
    const result = await sendViaSmtp(settingsFor(server.port), null, message, quick);
    expect(result).toMatchObject({ state: 'accepted', response: expect.stringMatching(/^250/) });
    const [mail] = await server.waitForMessages(1);
    expect(mail?.messageId).toBe('<email-1@example.com>');
    expect(mail?.headers['x-lead-center']).toBe('yes');
  });

  it('sends the HTML part beside the text when there is one', async () => {
    server = await startTestSmtpServer();
    const html = '<p>Hello Ada, <a href="https://platform.example/t/c/e1?u=https%3A%2F%2Fexample.com">https://example.com</a></p><img src="https://platform.example/t/o/e1.gif" width="1" height="1" alt="">';
    expect(await sendViaSmtp(settingsFor(server.port), null, { ...message, html }, quick)).toMatchObject({ state: 'accepted' });
    const [mail] = await server.waitForMessages(1);
    expect(mail?.text.trim()).toBe('Hello Ada');
    expect(mail?.html).toContain('https://platform.example/t/o/e1.gif');
    expect(mail?.html).toContain('href="https://platform.example/t/c/e1?u=https%3A%2F%2Fexample.com"');
  });

  it('logs in with the user and password', async () => {
    server = await startTestSmtpServer({ user: 'sam', password: 'right' });
    expect(await sendViaSmtp(settingsFor(server.port, { user: 'sam' }), 'wrong', message, quick)).toMatchObject({ state: 'failed', retryable: false });
    expect(await sendViaSmtp(settingsFor(server.port, { user: 'sam' }), 'right', message, quick)).toMatchObject({ state: 'accepted' });
  });

  it('reports a cut after DATA as uncertain', async () => {
    server = await startTestSmtpServer();
    server.dropNextAfterData();
    expect(await sendViaSmtp(settingsFor(server.port), null, message, quick)).toMatchObject({ state: 'uncertain' });
  });

  it('reports a server that never greets as a retryable failure', async () => {
    silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent?.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    expect(await sendViaSmtp(settingsFor(port), null, message, quick)).toMatchObject({ state: 'failed', retryable: true });
    expect(await checkSmtpServer(settingsFor(port), null, quick)).toMatchObject({ reachable: false });
  });

  it('requires STARTTLS in starttls mode instead of sending in clear text', async () => {
    server = await startTestSmtpServer();
    const result = await sendViaSmtp(settingsFor(server.port, { security: 'starttls' }), null, message, quick);
    expect(result).toMatchObject({ state: 'failed' });
    expect(server.messages()).toHaveLength(0);
  });

  it('checks a server without sending anything', async () => {
    server = await startTestSmtpServer();
    expect(await checkSmtpServer(settingsFor(server.port), null, quick)).toEqual({ reachable: true, message: `Connected to 127.0.0.1:${server.port}` });
    expect(server.messages()).toHaveLength(0);
  });
});
