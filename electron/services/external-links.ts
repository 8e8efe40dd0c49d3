import { externalUrl } from '../../core/desktop-api';

export interface ExternalLinkService {
  openExternal(url: string): Promise<{ opened: boolean }>;
}

/**
 * Hands web and mail links to the OS (Electron: shell.openExternal). The URL is checked again
 * here, next to the call, so no path into `openInOs` can skip validation.
 */
export function createExternalLinkService(openInOs: (url: string) => Promise<void>): ExternalLinkService {
  return {
    async openExternal(url) {
      const checked = externalUrl.safeParse(url);
      if (!checked.success) return { opened: false };
      try {
        await openInOs(checked.data);
        return { opened: true };
      } catch {
        return { opened: false };
      }
    },
  };
}
