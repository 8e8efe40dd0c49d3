import { describe, expect, it } from 'vitest';
import { parseConfigData } from '../model/config';
import { engagementLevels } from '../model/lead';
import { defaultEmailTemplateLibrary, defaultEmailTemplates, defaultTemplateIdFor, emailTemplateLibrary, templatesForLevel, type EmailTemplate } from './emailTemplates';
import { unfilledTokens } from './personalise';

const byId = (id: string): EmailTemplate => {
  const found = defaultEmailTemplates.find((t) => t.id === id);
  if (found === undefined) throw new Error(`no template ${id}`);
  return found;
};

describe('default email template library', () => {
  it('is valid: one built-in template per engagement level, a general follow-up and the welcome email', () => {
    expect(emailTemplateLibrary.safeParse(defaultEmailTemplateLibrary).success).toBe(true);
    for (const level of engagementLevels) expect(defaultEmailTemplates.filter((t) => t.level === level)).toHaveLength(1);
    expect(defaultEmailTemplates.filter((t) => t.level === null).map((t) => t.id)).toEqual(['general-follow-up', 'welcome']);
    expect(defaultEmailTemplates.every((t) => t.builtIn && t.attachmentIds.length === 0 && t.suggestedAttachments.length > 0)).toBe(true);
  });

  it("carries seed 000's email type, tone and call to action per level", () => {
    expect(byId('hot-quotation')).toMatchObject({ level: 'HOT', emailType: 'Personalized Quotation + Sample Offer', tone: 'Professional, responsive, solution-focused', callToAction: 'Schedule meeting or sample shipment' });
    expect(byId('hot-quotation').suggestedAttachments).toEqual(['Detailed quotation (personalized)', 'Technical specifications', 'Case study or reference', 'Sample request form']);
    expect(byId('warm-value')).toMatchObject({ level: 'WARM', emailType: 'Educational + Value-Add Content', callToAction: 'Answer questions or provide consultation' });
    expect(byId('interested-social-proof')).toMatchObject({ level: 'INTERESTED', emailType: 'Social Proof + Alternative Angle', tone: 'Friendly, less technical, benefit-focused' });
    expect(byId('cold-close-file')).toMatchObject({ level: 'COLD', emailType: 'Last Attempt / Re-engagement', callToAction: 'Clear yes/no decision point' });
    expect(byId('unresponsive-fresh-start').level).toBe('UNRESPONSIVE');
  });

  it("keeps seed 000's COLD example with tokens instead of [Name], [Your name] and the seed's product", () => {
    const cold = byId('cold-close-file');
    expect(cold.subject).toBe('Should I close your file?');
    expect(cold.body).toContain("If now isn't the right time, no problem - I'll close your file and won't reach out again.");
    expect(cold.body).toContain('Just reply "YES" and I\'ll send details, or "NO" and I\'ll mark your file closed.');
    expect(unfilledTokens(cold.body)).toEqual(['lead.firstName', 'lead.need', 'seller.name']);
    for (const t of defaultEmailTemplates) {
      expect(`${t.subject}\n${t.body}`).not.toMatch(/\[[A-Z][a-z ]+\]|quartz/i);
    }
  });

  it('is a fresh copy, so editing it does not change the built-ins', () => {
    defaultEmailTemplateLibrary.templates[0]?.suggestedAttachments.push('x');
    expect(defaultEmailTemplates[0]?.suggestedAttachments).not.toContain('x');
    defaultEmailTemplateLibrary.templates[0]?.suggestedAttachments.pop();
  });
});

describe('emailTemplateLibrary validation', () => {
  const base = { id: 'mine', name: 'My template', level: null, kind: 'other', subject: 'Hello {{lead.firstName}}', body: 'Body' };

  it('refuses two templates with one id', () => {
    const r = emailTemplateLibrary.safeParse({ templates: [base, { ...base, name: 'Other' }] });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message)).toEqual(['two templates have the id "mine"']);
  });

  it('names the template and the token when a token is unknown', () => {
    const r = emailTemplateLibrary.safeParse({ templates: [{ ...base, subject: 'Hi {{lead.fristName}}', body: 'x {{price}}' }] });
    expect(r.error?.issues.map((i) => [i.message, i.path.join('.')])).toEqual([
      ['template "My template" uses an unknown token {{lead.fristName}} in its subject', 'templates.0.subject'],
      ['template "My template" uses an unknown token {{price}} in its body', 'templates.0.body'],
    ]);
  });

  it('refuses an empty subject or body, a bad id, level or kind', () => {
    expect(emailTemplateLibrary.safeParse({ templates: [{ ...base, subject: '   ' }] }).success).toBe(false);
    expect(emailTemplateLibrary.safeParse({ templates: [{ ...base, body: '' }] }).success).toBe(false);
    expect(emailTemplateLibrary.safeParse({ templates: [{ ...base, id: 'Has Space' }] }).success).toBe(false);
    expect(emailTemplateLibrary.safeParse({ templates: [{ ...base, level: 'LUKEWARM' }] }).success).toBe(false);
    expect(emailTemplateLibrary.safeParse({ templates: [{ ...base, kind: 'spam' }] }).success).toBe(false);
    expect(emailTemplateLibrary.safeParse({}).success).toBe(false);
    expect(emailTemplateLibrary.safeParse(null).success).toBe(false);
  });

  it('fills defaults for the optional fields', () => {
    const r = emailTemplateLibrary.parse({ templates: [base] });
    expect(r.templates[0]).toMatchObject({ emailType: '', tone: '', callToAction: '', attachmentIds: [], suggestedAttachments: [], builtIn: false });
  });
});

describe('templatesForLevel', () => {
  it('puts the level’s templates first, then the general ones', () => {
    expect(templatesForLevel(defaultEmailTemplateLibrary, 'COLD').map((t) => t.id)).toEqual(['cold-close-file', 'general-follow-up', 'welcome']);
    expect(templatesForLevel(defaultEmailTemplateLibrary, null).map((t) => t.id)).toEqual(['general-follow-up', 'welcome']);
    expect(templatesForLevel({ templates: [] }, 'HOT')).toEqual([]);
    expect(templatesForLevel(undefined as never, 'HOT')).toEqual([]);
  });

  it('names the built-in template per level', () => {
    expect(engagementLevels.map(defaultTemplateIdFor)).toEqual(['hot-quotation', 'warm-value', 'interested-social-proof', 'cold-close-file', 'unresponsive-fresh-start']);
    expect(defaultTemplateIdFor(null)).toBe('general-follow-up');
  });
});

describe('config kind email-template', () => {
  it('reads a saved library and names the bad template when one is wrong', () => {
    const saved = JSON.parse(JSON.stringify(defaultEmailTemplateLibrary)) as unknown;
    expect(parseConfigData('email-template', saved)).toEqual({ ok: true, value: defaultEmailTemplateLibrary });
    const r = parseConfigData('email-template', { templates: [{ id: 'x', name: 'Mine', level: null, kind: 'other', subject: '{{oops}}', body: 'b' }] });
    expect(r).toEqual({ ok: false, error: 'email-template settings are not valid (templates.0.subject: template "Mine" uses an unknown token {{oops}} in its subject)' });
  });
});
