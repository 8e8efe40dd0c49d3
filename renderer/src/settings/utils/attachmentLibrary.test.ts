import { describe, expect, it } from 'vitest';
import { defaultEmailTemplateLibrary } from '../../../../core/emails/emailTemplates';
import { base64FromDataUrl, fileProblem, formatBytes, maxAttachmentBytes, templatesUsing, withoutAttachment } from './attachmentLibrary';

describe('the attachment library', () => {
  it('writes sizes for people', () => {
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(812)).toBe('812 bytes');
    expect(formatBytes(14_540)).toBe('14.2 KB');
    expect(formatBytes(3.4 * 1024 * 1024)).toBe('3.4 MB');
    expect(formatBytes(-1)).toBe('—');
  });

  it('refuses empty files and files over 10 MB before reading them', () => {
    expect(fileProblem({ name: 'a.pdf', size: maxAttachmentBytes })).toBeNull();
    expect(fileProblem({ name: 'a.pdf', size: maxAttachmentBytes + 1 })).toBe('10.0 MB is over the 10 MB limit');
    expect(fileProblem({ name: 'a.pdf', size: 0 })).toBe('the file is empty');
  });

  it('names the templates that attach a file and takes it off them', () => {
    const [first, second] = defaultEmailTemplateLibrary.templates;
    if (!first || !second) throw new Error('the default library has templates');
    const library = {
      templates: [{ ...first, attachmentIds: ['brochure', 'price-list'] }, { ...second, attachmentIds: ['brochure'] }, ...defaultEmailTemplateLibrary.templates.slice(2)],
    };
    expect(templatesUsing(library, 'brochure')).toEqual([first.name, second.name]);
    expect(templatesUsing(library, 'nothing')).toEqual([]);
    const cleaned = withoutAttachment(library, 'brochure');
    expect(cleaned.templates[0]?.attachmentIds).toEqual(['price-list']);
    expect(cleaned.templates[1]?.attachmentIds).toEqual([]);
    expect(templatesUsing(cleaned, 'brochure')).toEqual([]);
    expect(cleaned.templates[2]).toBe(library.templates[2]);
  });

  it('takes the base64 out of a data URL', () => {
    expect(base64FromDataUrl('data:application/pdf;base64,JVBERi0=')).toBe('JVBERi0=');
    expect(base64FromDataUrl('data:;base64,')).toBe('');
    expect(base64FromDataUrl('garbage')).toBe('');
  });
});
