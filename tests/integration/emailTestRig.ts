import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { MailSettingsInput } from '../../core/desktop-api';
import { createMailService, type MailService } from '../../electron/services/mail/mailService';
import { createFileSecretStore } from '../../electron/services/mail/secretStore';
import { startTestSmtpServer, type TestSmtpServer } from '../fixtures/testSmtpServer';

/**
 * The real mail service of the Node host on a temporary data folder, sending to the test SMTP
 * server: what the email integration tests pass to the data layer as its mail port.
 */

export const fromAddress = 'samira@seller.example';
export const unsubscribeBaseUrl = 'https://seller.example/unsubscribe';

export function mailSettingsFor(port: number): MailSettingsInput {
  return {
    host: '127.0.0.1',
    port,
    security: 'none',
    user: '',
    fromAddress,
    fromName: 'Samira Haddad',
    unsubscribeBaseUrl,
    unsubscribeMailbox: 'unsubscribe@seller.example',
  };
}

export interface MailRig {
  smtp: TestSmtpServer;
  service: MailService;
  dataDir: string;
  close(): Promise<void>;
}

/** A fresh mail data folder (in memory where the machine has /dev/shm: the journal fsyncs often). */
export function tempMailDir(): string {
  const base = process.platform === 'linux' ? '/dev/shm' : tmpdir();
  return mkdtempSync(path.join(base, 'lead-center-mail-'));
}

export async function startMailRig(options: { smtp?: TestSmtpServer; port?: number } = {}): Promise<MailRig> {
  const smtp = options.smtp ?? (await startTestSmtpServer());
  const dataDir = tempMailDir();
  const service = await createMailService({
    dataDir,
    secrets: createFileSecretStore(dataDir),
    smtpTimeouts: { connection: 2_000, greeting: 2_000, socket: 5_000 },
  });
  await service.saveMailSettings({ settings: mailSettingsFor(options.port ?? smtp.port) });
  return {
    smtp,
    service,
    dataDir,
    close: async () => {
      await service.close();
      if (!options.smtp) await smtp.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A loopback port nothing listens on (a server started and closed again). */
export async function closedPort(): Promise<number> {
  const server = await startTestSmtpServer();
  const { port } = server;
  await server.close();
  return port;
}
