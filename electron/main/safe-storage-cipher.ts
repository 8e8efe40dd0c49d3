import type { SecretCipher } from '../services/mail/secretStore';

/** The part of Electron's safeStorage the secret store uses. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  getSelectedStorageBackend?(): string;
}

const keychains: Partial<Record<NodeJS.Platform, string>> = {
  darwin: 'encrypted with the macOS Keychain',
  win32: 'encrypted with your Windows account (DPAPI)',
};

/**
 * safeStorage as the secret store's cipher. On Linux without a keyring, safeStorage falls back
 * to "basic_text", a key built into Chromium: that protects nothing, so it counts as no
 * encryption and the store says the file is plain text (readable by your user only).
 */
export function safeStorageCipher(safeStorage: SafeStorageLike, platform: NodeJS.Platform): SecretCipher {
  const backend = (): string => (platform === 'linux' ? (safeStorage.getSelectedStorageBackend?.() ?? 'unknown') : '');
  return {
    isEncryptionAvailable: () => safeStorage.isEncryptionAvailable() && backend() !== 'basic_text',
    encryptString: (plainText) => safeStorage.encryptString(plainText),
    decryptString: (encrypted) => safeStorage.decryptString(encrypted),
    get description() {
      if (platform !== 'linux') return keychains[platform] ?? 'encrypted by the operating system';
      return backend().startsWith('kwallet') ? 'encrypted with KWallet' : 'encrypted with the system keyring (Secret Service)';
    },
  };
}
