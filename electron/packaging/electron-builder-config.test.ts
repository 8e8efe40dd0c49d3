import { fileURLToPath } from 'node:url';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';

const projectDir = fileURLToPath(new URL('../..', import.meta.url));

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema validation', async () => {
    const config = await getConfig(projectDir, null, null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('sets the security fuses and ships only the bundles', async () => {
    const config = await getConfig(projectDir, null, null);
    expect(config.appId).toBe('com.powercozmo.leadcenter');
    expect(config.productName).toBe('Lead Center');
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.files).toEqual([{ filter: ['dist/electron/**', 'dist/renderer/**', 'package.json', '!node_modules', '!**/*.map'] }]);
  });

  it('is checked for real: a misspelt fuse fails the validation', async () => {
    const config = await getConfig(projectDir, null, null);
    const misspelt = { ...config, electronFuses: { runAsnode: false } } as unknown as typeof config;
    await expect(validateConfiguration(misspelt, new DebugLogger(false))).rejects.toThrow(/configuration.electronFuses/);
  });
});
