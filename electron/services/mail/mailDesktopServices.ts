import type { DesktopServices } from '../../ipc/desktop-handlers';
import { DesktopRequestError } from '../../ipc/desktop-request-error';
import { AttachmentRefused } from './attachmentLibrary';
import type { MailChannel, MailService } from './mailService';

/** A refusal the user should read ("larger than 10 MB") rather than a host failure. */
async function refusalsAsRequestErrors<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof AttachmentRefused) throw new DesktopRequestError('refused', error.message);
    throw error;
  }
}

/**
 * The mail channels of DesktopServices, served by a mail service that may still be opening
 * (its journal is read from disk first). If it cannot open, every mail call says why.
 */
export function mailDesktopServices(ready: Promise<MailService>): Pick<DesktopServices, MailChannel> {
  // Handled here so an early failure is not an unhandled rejection; each call still sees it.
  ready.catch(() => undefined);
  return {
    getMailSettings: async () => (await ready).getMailSettings(),
    saveMailSettings: async (request) => (await ready).saveMailSettings(request),
    checkMailServer: async () => (await ready).checkMailServer(),
    sendEmail: async (mail) => (await ready).sendEmail(mail),
    deliveryStatus: async (messageId) => (await ready).deliveryStatus(messageId),
    getAiSettings: async () => (await ready).getAiSettings(),
    saveAiSettings: async (request) => (await ready).saveAiSettings(request),
    draftWithAi: async (request) => (await ready).draftWithAi(request),
    listAttachments: async () => (await ready).listAttachments(),
    addAttachment: async (file) => refusalsAsRequestErrors((await ready).addAttachment(file)),
    removeAttachment: async (id) => (await ready).removeAttachment(id),
  };
}
