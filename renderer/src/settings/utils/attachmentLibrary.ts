import type { EmailTemplateLibrary } from '../../../../core/emails/emailTemplates';

/** The host refuses bigger files (core/desktop-api: at most 10 MB once decoded). */
export const maxAttachmentBytes = 10 * 1024 * 1024;

/** "812 bytes", "14.2 KB", "3.4 MB". */
export function formatBytes(size: number): string {
  if (!Number.isFinite(size) || size < 0) return '—';
  if (size < 1024) return `${size} ${size === 1 ? 'byte' : 'bytes'}`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} KB`;
  return `${(size / (1024 * 1024)).toFixed(1)} MB`;
}

/** Why a chosen file cannot be added before reading it, or null. */
export function fileProblem(file: { name: string; size: number }): string | null {
  if (file.size > maxAttachmentBytes) return `${formatBytes(file.size)} is over the 10 MB limit`;
  if (file.size === 0) return 'the file is empty';
  return null;
}

/** Names of the templates that attach `attachmentId`. */
export function templatesUsing(library: EmailTemplateLibrary, attachmentId: string): string[] {
  return library.templates.filter((t) => t.attachmentIds.includes(attachmentId)).map((t) => t.name);
}

/** The library with `attachmentId` taken off every template (the file was removed). */
export function withoutAttachment(library: EmailTemplateLibrary, attachmentId: string): EmailTemplateLibrary {
  return { ...library, templates: library.templates.map((t) => (t.attachmentIds.includes(attachmentId) ? { ...t, attachmentIds: t.attachmentIds.filter((a) => a !== attachmentId) } : t)) };
}

/** The base64 part of a data: URL as FileReader.readAsDataURL gives it. */
export function base64FromDataUrl(dataUrl: string): string {
  const comma = dataUrl.indexOf(',');
  return comma < 0 ? '' : dataUrl.slice(comma + 1);
}
