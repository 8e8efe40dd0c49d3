import { defaultEmailTemplateLibrary, emailTemplateLibrary } from '../../../../core/emails/emailTemplates';
import { useConfigDocument, type ConfigDocument } from './useConfigDocument';
import type { EmailTemplateLibrary } from '../../../../core/emails/emailTemplates';

/** One document holds the whole library; core's defaults apply until one is saved. */
export const templateLibraryConfig = { kind: 'email-template', key: 'library' } as const;

/** The saved email template library, live. */
export function useTemplateLibrary(): ConfigDocument<EmailTemplateLibrary> {
  return useConfigDocument(templateLibraryConfig.kind, templateLibraryConfig.key, emailTemplateLibrary, defaultEmailTemplateLibrary);
}
