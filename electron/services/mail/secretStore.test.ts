import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFileSecretStore, secretsFileName, type SecretCipher } from './secretStore';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'lc-secrets-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Reversible but never plain text, like the OS keyring would be. */
function fakeCipher(available = true): SecretCipher {
  return {
    isEncryptionAvailable: () => available,
    encryptString: (text) => Buffer.from(text).reverse(),
    decryptString: (sealed) => Buffer.from(sealed).reverse().toString(),
    description: 'encrypted with the test keyring',
  };
}

const fileText = () => readFile(path.join(dir, secretsFileName), 'utf8');

describe('createFileSecretStore without a cipher', () => {
  it('keeps secrets in a 0600 file and says honestly that it is not encrypted', async () => {
    const store = createFileSecretStore(dir);
    expect(await store.get('smtp-password')).toBeNull();
    await store.set('smtp-password', 'pa55word');
    await store.set('ai-api-key', 'sk-123');
    expect(await store.get('smtp-password')).toBe('pa55word');
    expect(await store.get('ai-api-key')).toBe('sk-123');
    expect((await stat(path.join(dir, secretsFileName))).mode & 0o777).toBe(0o600);
    expect(store.description).toMatch(/only your user account can read \(not encrypted\)/);
  });

  it('removes a secret with null and keeps the others', async () => {
    const store = createFileSecretStore(dir);
    await store.set('smtp-password', 'a');
    await store.set('ai-api-key', 'b');
    await store.set('smtp-password', null);
    expect(await store.get('smtp-password')).toBeNull();
    expect(await store.get('ai-api-key')).toBe('b');
  });

  it('loses no secret when two saves run at once', async () => {
    const store = createFileSecretStore(dir);
    await Promise.all([store.set('smtp-password', 'one'), store.set('ai-api-key', 'two')]);
    expect(await store.get('smtp-password')).toBe('one');
    expect(await store.get('ai-api-key')).toBe('two');
  });

  it('treats a damaged file as empty instead of failing', async () => {
    await writeFile(path.join(dir, secretsFileName), '{"version":2}');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const store = createFileSecretStore(dir);
    expect(await store.get('smtp-password')).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.not.stringContaining('pa55'));
    warn.mockRestore();
  });
});

describe('createFileSecretStore with a cipher', () => {
  it('stores only ciphertext and reads it back', async () => {
    const store = createFileSecretStore(dir, fakeCipher());
    await store.set('smtp-password', 'pa55word');
    expect(await fileText()).not.toContain('pa55word');
    expect(await store.get('smtp-password')).toBe('pa55word');
    expect(store.description).toBe('encrypted with the test keyring');
  });

  it('falls back to the plain 0600 file, and says so, when encryption is unavailable', async () => {
    const store = createFileSecretStore(dir, fakeCipher(false));
    await store.set('smtp-password', 'pa55word');
    expect(await fileText()).toContain('pa55word');
    expect(store.description).toMatch(/not encrypted/);
  });

  it('answers null for a secret it cannot decrypt (encryption gone or another key)', async () => {
    await createFileSecretStore(dir, fakeCipher()).set('smtp-password', 'pa55word');
    expect(await createFileSecretStore(dir, fakeCipher(false)).get('smtp-password')).toBeNull();
    expect(await createFileSecretStore(dir).get('smtp-password')).toBeNull();
    const broken: SecretCipher = { ...fakeCipher(), decryptString: () => { throw new Error('wrong key'); } };
    expect(await createFileSecretStore(dir, broken).get('smtp-password')).toBeNull();
  });
});
