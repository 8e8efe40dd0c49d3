import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mailSettings } from '../../../core/desktop-api';
import { aiSettingsFileName, createMailSettingsStore, mailSettingsFileName } from './mailSettingsStore';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'lc-mail-settings-'));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

const smtp = mailSettings.parse({
  host: 'smtp.example.com',
  port: 465,
  security: 'tls',
  user: 'sam',
  fromAddress: 'sam@example.com',
  fromName: 'Sam',
  unsubscribeBaseUrl: 'https://example.com/u',
});

describe('createMailSettingsStore', () => {
  it('has no settings until some are saved, then reads them back', async () => {
    const store = createMailSettingsStore(dir);
    expect(await store.readMail()).toBeNull();
    expect(await store.readAi()).toBeNull();
    await store.writeMail(smtp);
    await store.writeAi({ enabled: true, baseUrl: 'http://127.0.0.1:11434/v1', model: 'llama3', timeoutMs: 5000 });
    expect(await store.readMail()).toEqual(smtp);
    expect(await store.readAi()).toEqual({ enabled: true, baseUrl: 'http://127.0.0.1:11434/v1', model: 'llama3', timeoutMs: 5000 });
    expect(JSON.parse(await readFile(path.join(dir, mailSettingsFileName), 'utf8'))).toEqual(smtp);
  });

  it('refuses to write settings that fail the schema', async () => {
    const store = createMailSettingsStore(dir);
    await expect(store.writeMail({ ...smtp, port: 0 })).rejects.toThrow();
    expect(await store.readMail()).toBeNull();
  });

  it.each([
    ['not JSON', '{oops'],
    ['a hand edit that breaks the schema', JSON.stringify({ ...smtp, security: 'ssl' })],
    ['an address with a line break', JSON.stringify({ ...smtp, fromAddress: 'sam@example.com\r\nBcc: x@y.z' })],
  ])('reads %s as "not set up" and warns', async (_label, text) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await writeFile(path.join(dir, mailSettingsFileName), text);
    await writeFile(path.join(dir, aiSettingsFileName), text);
    const store = createMailSettingsStore(dir);
    expect(await store.readMail()).toBeNull();
    expect(await store.readAi()).toBeNull();
    expect(warn).toHaveBeenCalledTimes(2);
  });
});
