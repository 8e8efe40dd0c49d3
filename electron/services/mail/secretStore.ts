import { chmod, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { readTextIfExists, writeFileAtomic } from './atomicFile';

/** The names of the secrets the mail service keeps. */
/** platform-token:<user id>: a platform login's bearer token (electron/services/platform). */
export type SecretName = 'smtp-password' | 'ai-api-key' | `platform-token:${string}`;

/**
 * Where the SMTP password and the AI key live. Secrets go in through set and come out only to
 * the host's own SMTP and AI calls; nothing here logs them.
 */
export interface SecretStore {
  get(name: SecretName): Promise<string | null>;
  /** null removes the secret. */
  set(name: SecretName, value: string | null): Promise<void>;
  /** Where the secrets are kept, in words a user understands (shown beside the password field). */
  readonly description: string;
}

/** Electron's safeStorage, or anything shaped like it (injected, so this module has no Electron import). */
export interface SecretCipher {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** How the cipher keeps its key, e.g. "encrypted with the system keychain". */
  description: string;
}

export const secretsFileName = 'secrets.json';

const storedSecret = z.object({ encrypted: z.boolean(), value: z.string() });
const secretsFile = z.object({ version: z.literal(1), secrets: z.record(z.string(), storedSecret) });
type SecretsFile = z.infer<typeof secretsFile>;

const plainFileDescription = 'a file in the app data folder that only your user account can read (not encrypted)';

/**
 * Secrets in dir/secrets.json, mode 0600. With a cipher that works, each value is stored
 * encrypted; without one the file holds plain text and the description says so.
 */
export function createFileSecretStore(dir: string, cipher?: SecretCipher): SecretStore {
  const file = path.join(dir, secretsFileName);
  let queue: Promise<unknown> = Promise.resolve();
  const encrypting = (): boolean => cipher !== undefined && cipher.isEncryptionAvailable();

  async function read(): Promise<SecretsFile> {
    const text = await readTextIfExists(file);
    if (text === null) return { version: 1, secrets: {} };
    const parsed = secretsFile.safeParse(JSON.parse(text));
    // A damaged file must not stop the app; the user saves the password again.
    if (!parsed.success) {
      console.warn(`The secrets file ${file} is damaged and was ignored`);
      return { version: 1, secrets: {} };
    }
    return parsed.data;
  }

  function reveal(stored: z.infer<typeof storedSecret>): string | null {
    if (!stored.encrypted) return stored.value;
    if (!encrypting() || cipher === undefined) return null;
    try {
      return cipher.decryptString(Buffer.from(stored.value, 'base64'));
    } catch {
      // Encrypted under another key (e.g. a different OS account): as if never saved.
      return null;
    }
  }

  async function set(name: SecretName, value: string | null): Promise<void> {
    const contents = await read();
    if (value === null) {
      delete contents.secrets[name];
    } else if (encrypting() && cipher !== undefined) {
      contents.secrets[name] = { encrypted: true, value: cipher.encryptString(value).toString('base64') };
    } else {
      contents.secrets[name] = { encrypted: false, value };
    }
    await mkdir(dir, { recursive: true, mode: 0o700 });
    await writeFileAtomic(file, `${JSON.stringify(contents, null, 2)}\n`, 0o600);
    // The mode given to open is masked by umask and ignored for an existing file.
    await chmod(file, 0o600);
  }

  return {
    async get(name) {
      const stored = (await read()).secrets[name];
      return stored === undefined ? null : reveal(stored);
    },
    set(name, value) {
      // One write at a time, so two saves cannot lose each other's secret.
      const next = queue.then(() => set(name, value));
      queue = next.catch(() => undefined);
      return next;
    },
    get description() {
      return encrypting() && cipher !== undefined ? cipher.description : plainFileDescription;
    },
  };
}
