import type { DesktopApi } from '../../../core/desktop-api';

/**
 * What the data layer needs of the host's mail channels: the desktop API in the app, the Node
 * mail service in integration tests. listAttachments is optional: without it a template's
 * attachments are left off the draft.
 */
export type MailPort = Pick<DesktopApi, 'sendEmail' | 'deliveryStatus' | 'checkMailServer' | 'draftWithAi' | 'getMailSettings'> &
  Partial<Pick<DesktopApi, 'listAttachments'>>;
