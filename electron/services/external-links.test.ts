import { describe, expect, it } from 'vitest';
import { createExternalLinkService } from './external-links';

describe('createExternalLinkService', () => {
  it('opens https and mailto links', async () => {
    const opened: string[] = [];
    const service = createExternalLinkService(async (url) => {
      opened.push(url);
    });
    await expect(service.openExternal('https://www.powercozmo.com/')).resolves.toEqual({ opened: true });
    await expect(service.openExternal('mailto:buyer@example.com')).resolves.toEqual({ opened: true });
    expect(opened).toEqual(['https://www.powercozmo.com/', 'mailto:buyer@example.com']);
  });

  it('never passes other schemes to the OS', async () => {
    const opened: string[] = [];
    const service = createExternalLinkService(async (url) => {
      opened.push(url);
    });
    for (const url of ['file:///etc/passwd', 'http://example.com', 'smb://host/share', 'javascript:alert(1)']) {
      await expect(service.openExternal(url)).resolves.toEqual({ opened: false });
    }
    expect(opened).toEqual([]);
  });

  it('reports a failure of the OS as not opened', async () => {
    const service = createExternalLinkService(async () => {
      throw new Error('no handler for mailto');
    });
    await expect(service.openExternal('mailto:buyer@example.com')).resolves.toEqual({ opened: false });
  });
});
