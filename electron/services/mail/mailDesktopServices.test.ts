import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DesktopRequestError } from '../../ipc/desktop-request-error';
import { mailDesktopServices } from './mailDesktopServices';
import { createMailService, type MailService } from './mailService';
import { createFileSecretStore } from './secretStore';

let dir: string;
let service: MailService;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'lc-mail-desktop-'));
  service = await createMailService({ dataDir: dir, secrets: createFileSecretStore(dir), clock: () => 42 });
});
afterEach(async () => {
  await service.close();
  await rm(dir, { recursive: true, force: true });
});

describe('mailDesktopServices', () => {
  it('serves the mail channels once the service is open', async () => {
    const channels = mailDesktopServices(Promise.resolve(service));
    expect(await channels.listAttachments()).toEqual([]);
    const file = await channels.addAttachment({ fileName: 'a.txt', contentType: 'text/plain', dataBase64: 'eA==' });
    expect(file).toMatchObject({ fileName: 'a.txt', size: 1, addedAt: 42 });
    expect(await channels.checkMailServer()).toEqual({ reachable: false, message: 'No SMTP settings yet' });
  });

  it('turns a refused attachment into a "refused" request error the page can show', async () => {
    const channels = mailDesktopServices(Promise.resolve(service));
    const error: unknown = await channels
      .addAttachment({ fileName: 'big.bin', contentType: 'application/octet-stream', dataBase64: Buffer.alloc(10 * 1024 * 1024 + 1).toString('base64') })
      .catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(DesktopRequestError);
    expect(error).toMatchObject({ code: 'refused', message: expect.stringContaining('larger than 10 MB') });
  });

  it('makes every call say why when the service could not open', async () => {
    const channels = mailDesktopServices(Promise.reject(new Error('EACCES: data folder not writable')));
    await expect(channels.getMailSettings()).rejects.toThrow(/EACCES/);
    await expect(channels.sendEmail({ messageId: '<a@b.example>', to: [{ email: 'c@d.example', name: '' }], subject: '', text: '', headers: {}, attachmentIds: [] })).rejects.toThrow(/EACCES/);
  });
});
