import nodemailer from 'nodemailer';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestSmtpServer, type TestSmtpServer } from '../fixtures/testSmtpServer';

let server: TestSmtpServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

function transport(port: number, auth?: { user: string; pass: string }) {
  return nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true, auth });
}

describe('test SMTP server fixture', () => {
  it('receives and parses a message with its headers and attachment', async () => {
    server = await startTestSmtpServer();
    await transport(server.port).sendMail({
      from: 'Seller <seller@example.com>',
      to: 'Buyer <buyer@example.org>',
      subject: 'Quote',
      text: 'Hello there',
      messageId: '<abc-1@example.com>',
      headers: { 'List-Unsubscribe': '<https://example.com/u/1>' },
      attachments: [{ filename: 'price list.pdf', content: Buffer.from('12345') }],
    });
    const [mail] = await server.waitForMessages(1);
    expect(mail).toMatchObject({
      messageId: '<abc-1@example.com>',
      to: ['buyer@example.org'],
      subject: 'Quote',
      attachments: [{ fileName: 'price list.pdf', size: 5 }],
    });
    expect(mail?.from).toContain('seller@example.com');
    expect(mail?.text.trim()).toBe('Hello there');
    expect(mail?.headers['list-unsubscribe']).toBe('<https://example.com/u/1>');
  });

  it('refuses the next RCPT or DATA with the given code, then accepts again', async () => {
    server = await startTestSmtpServer();
    const client = transport(server.port);
    const message = { from: 'a@example.com', to: 'b@example.org', subject: 's', text: 't' };
    server.refuseNext(451, 'Try later');
    await expect(client.sendMail(message)).rejects.toMatchObject({ responseCode: 451 });
    server.refuseNext(554, 'Rejected as spam', 'data');
    await expect(client.sendMail(message)).rejects.toMatchObject({ responseCode: 554 });
    await client.sendMail(message);
    expect(server.messages()).toHaveLength(1);
  });

  it('cuts the connection after DATA when asked', async () => {
    server = await startTestSmtpServer();
    server.dropNextAfterData();
    await expect(transport(server.port).sendMail({ from: 'a@example.com', to: 'b@example.org', text: 't' })).rejects.toThrow();
    expect(server.messages()).toHaveLength(0);
  });

  it('checks the login when a user is set', async () => {
    server = await startTestSmtpServer({ user: 'seller', password: 'right' });
    const message = { from: 'a@example.com', to: 'b@example.org', text: 't' };
    await expect(transport(server.port, { user: 'seller', pass: 'wrong' }).sendMail(message)).rejects.toMatchObject({ responseCode: 535 });
    expect(server.failedLogins()).toBe(1);
    await transport(server.port, { user: 'seller', pass: 'right' }).sendMail(message);
    expect(server.messages()).toHaveLength(1);
  });

  it('says so when the messages do not arrive in time', async () => {
    server = await startTestSmtpServer();
    await expect(server.waitForMessages(1, 50)).rejects.toThrow(/expected 1 messages/);
  });
});
