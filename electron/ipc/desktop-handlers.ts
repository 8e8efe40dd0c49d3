import { z } from 'zod';
import { desktopRequests, type DesktopChannel, type DesktopResults } from '../../core/desktop-api';
import { DesktopRequestError } from './desktop-request-error';

/** A channel's arguments after validation (defaults filled in). */
export type DesktopParsedArgs<K extends DesktopChannel> = z.output<(typeof desktopRequests)[K]>;

/** What the host provides, one function per channel, called only with validated arguments. */
export type DesktopServices = {
  [K in DesktopChannel]: (...args: DesktopParsedArgs<K>) => Promise<DesktopResults[K]>;
};

/** Entry points for untrusted input: each validates its raw arguments, then calls its service. */
export type DesktopHandlers = {
  [K in DesktopChannel]: (rawArgs: unknown) => Promise<DesktopResults[K]>;
};

function parseArgs<S extends z.ZodType>(channel: DesktopChannel, schema: S, rawArgs: unknown): z.output<S> {
  const parsed = schema.safeParse(rawArgs);
  if (!parsed.success) {
    throw new DesktopRequestError('invalid-arguments', `Invalid arguments for ${channel}: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

/** Spelled out per channel so a channel added to core fails to compile here until it is wired. */
export function createDesktopHandlers(services: DesktopServices): DesktopHandlers {
  return {
    getAppInfo: async (rawArgs) => services.getAppInfo(...parseArgs('getAppInfo', desktopRequests.getAppInfo, rawArgs)),
    showNotification: async (rawArgs) =>
      services.showNotification(...parseArgs('showNotification', desktopRequests.showNotification, rawArgs)),
    openExternal: async (rawArgs) =>
      services.openExternal(...parseArgs('openExternal', desktopRequests.openExternal, rawArgs)),
    getMailSettings: async (rawArgs) =>
      services.getMailSettings(...parseArgs('getMailSettings', desktopRequests.getMailSettings, rawArgs)),
    saveMailSettings: async (rawArgs) =>
      services.saveMailSettings(...parseArgs('saveMailSettings', desktopRequests.saveMailSettings, rawArgs)),
    checkMailServer: async (rawArgs) =>
      services.checkMailServer(...parseArgs('checkMailServer', desktopRequests.checkMailServer, rawArgs)),
    sendEmail: async (rawArgs) => services.sendEmail(...parseArgs('sendEmail', desktopRequests.sendEmail, rawArgs)),
    deliveryStatus: async (rawArgs) => services.deliveryStatus(...parseArgs('deliveryStatus', desktopRequests.deliveryStatus, rawArgs)),
    getAiSettings: async (rawArgs) =>
      services.getAiSettings(...parseArgs('getAiSettings', desktopRequests.getAiSettings, rawArgs)),
    saveAiSettings: async (rawArgs) =>
      services.saveAiSettings(...parseArgs('saveAiSettings', desktopRequests.saveAiSettings, rawArgs)),
    draftWithAi: async (rawArgs) => services.draftWithAi(...parseArgs('draftWithAi', desktopRequests.draftWithAi, rawArgs)),
    listAttachments: async (rawArgs) =>
      services.listAttachments(...parseArgs('listAttachments', desktopRequests.listAttachments, rawArgs)),
    addAttachment: async (rawArgs) =>
      services.addAttachment(...parseArgs('addAttachment', desktopRequests.addAttachment, rawArgs)),
    removeAttachment: async (rawArgs) =>
      services.removeAttachment(...parseArgs('removeAttachment', desktopRequests.removeAttachment, rawArgs)),
    getPlatformConnection: async (rawArgs) =>
      services.getPlatformConnection(...parseArgs('getPlatformConnection', desktopRequests.getPlatformConnection, rawArgs)),
    connectPlatform: async (rawArgs) =>
      services.connectPlatform(...parseArgs('connectPlatform', desktopRequests.connectPlatform, rawArgs)),
    disconnectPlatform: async (rawArgs) =>
      services.disconnectPlatform(...parseArgs('disconnectPlatform', desktopRequests.disconnectPlatform, rawArgs)),
    platformRequest: async (rawArgs) =>
      services.platformRequest(...parseArgs('platformRequest', desktopRequests.platformRequest, rawArgs)),
  };
}
