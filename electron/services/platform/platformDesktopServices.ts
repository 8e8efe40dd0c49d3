import type { DesktopServices } from '../../ipc/desktop-handlers';
import { DesktopRequestError } from '../../ipc/desktop-request-error';
import { PlatformConnectError, type PlatformService } from './platformService';

export const platformChannels = ['getPlatformConnection', 'connectPlatform', 'disconnectPlatform', 'platformRequest'] as const;
export type PlatformChannel = (typeof platformChannels)[number];

/** The platform channels of DesktopServices; a failed login is a refusal the person reads. */
export function platformDesktopServices(platform: PlatformService): Pick<DesktopServices, PlatformChannel> {
  return {
    getPlatformConnection: (userId) => platform.connection(userId),
    connectPlatform: async (request) => {
      try {
        return await platform.connect(request);
      } catch (error) {
        if (error instanceof PlatformConnectError) throw new DesktopRequestError('refused', error.message);
        throw error;
      }
    },
    disconnectPlatform: (userId) => platform.disconnect(userId),
    platformRequest: (request) => platform.request(request),
  };
}
