import { describe, expect, it } from 'vitest';
import { safeStorageCipher, type SafeStorageLike } from './safe-storage-cipher';

function fakeSafeStorage(available: boolean, backend?: string): SafeStorageLike {
  return {
    isEncryptionAvailable: () => available,
    encryptString: (text) => Buffer.from(`enc:${text}`),
    decryptString: (buffer) => buffer.toString().replace(/^enc:/, ''),
    getSelectedStorageBackend: backend === undefined ? undefined : () => backend,
  };
}

describe('safeStorageCipher', () => {
  it('uses the keychain on macOS and DPAPI on Windows', () => {
    const mac = safeStorageCipher(fakeSafeStorage(true), 'darwin');
    expect(mac.isEncryptionAvailable()).toBe(true);
    expect(mac.description).toMatch(/Keychain/);
    expect(safeStorageCipher(fakeSafeStorage(true), 'win32').description).toMatch(/DPAPI/);
    expect(mac.decryptString(mac.encryptString('s3cret'))).toBe('s3cret');
  });

  it('names the Linux keyring it uses', () => {
    expect(safeStorageCipher(fakeSafeStorage(true, 'gnome_libsecret'), 'linux').description).toMatch(/Secret Service/);
    expect(safeStorageCipher(fakeSafeStorage(true, 'kwallet6'), 'linux').description).toMatch(/KWallet/);
  });

  it('does not count Linux basic_text (a built-in key) as encryption', () => {
    expect(safeStorageCipher(fakeSafeStorage(true, 'basic_text'), 'linux').isEncryptionAvailable()).toBe(false);
  });

  it('is unavailable when safeStorage is', () => {
    expect(safeStorageCipher(fakeSafeStorage(false, 'gnome_libsecret'), 'linux').isEncryptionAvailable()).toBe(false);
  });
});
