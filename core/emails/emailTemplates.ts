import { z } from 'zod';
import { emailKinds } from '../model/email';
import { engagementLevels } from '../model/lead';
import type { EngagementLevel } from '../engagement/engagementSettings';
import { unknownTokens } from './personalise';

/**
 * Seed 000's "What to Send" per engagement level as an editable library: email type, tone, call
 * to action and attachment suggestions, with a subject and body written in tokens. Stored as one
 * config document (kind 'email-template', key 'library'); the defaults apply until one is saved.
 */

const templateId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9_-]+$/, 'template ids use lower-case letters, digits, _ and -');

const label = z.string().trim().max(200);

export const emailTemplate = z.object({
  id: templateId,
  name: z.string().trim().min(1, 'give the template a name').max(100),
  /** The engagement level it is written for; null for a general template. */
  level: z.enum(engagementLevels).nullable(),
  kind: z.enum(emailKinds),
  /** Seed 000 "EMAIL TYPE", e.g. "Personalized Quotation + Sample Offer". */
  emailType: label.default(''),
  tone: label.default(''),
  callToAction: label.default(''),
  subject: z.string().trim().min(1, 'the subject is empty').max(998),
  body: z.string().trim().min(1, 'the body is empty').max(50_000),
  /** Files from the attachment library added to every draft from this template. */
  attachmentIds: z.array(z.string().min(1).max(64)).max(20).default([]),
  /** Seed 000 "ATTACHMENTS": what to attach, in words, until the seller picks files. */
  suggestedAttachments: z.array(z.string().trim().min(1).max(200)).max(20).default([]),
  /** Shipped with the app (the seller may edit it; "restore defaults" brings it back). */
  builtIn: z.boolean().default(false),
});
export type EmailTemplate = z.infer<typeof emailTemplate>;
export type EmailTemplateInput = z.input<typeof emailTemplate>;

export const emailTemplateLibrary = z
  .object({ templates: z.array(emailTemplate).max(200) })
  .superRefine((library, ctx) => {
    const seen = new Set<string>();
    library.templates.forEach((template, index) => {
      if (seen.has(template.id)) {
        ctx.addIssue({ code: 'custom', message: `two templates have the id "${template.id}"`, path: ['templates', index, 'id'] });
      }
      seen.add(template.id);
      for (const field of ['subject', 'body'] as const) {
        for (const token of unknownTokens(template[field])) {
          ctx.addIssue({
            code: 'custom',
            message: `template "${template.name}" uses an unknown token {{${token}}} in its ${field}`,
            path: ['templates', index, field],
          });
        }
      }
    });
  });
export type EmailTemplateLibrary = z.infer<typeof emailTemplateLibrary>;

const builtIn = (template: Omit<EmailTemplate, 'builtIn' | 'attachmentIds'>): EmailTemplate => ({ ...template, attachmentIds: [], builtIn: true });

/** Seed 000's templates, with the seed's placeholders as tokens and the product as {{lead.need}}. */
export const defaultEmailTemplates: readonly EmailTemplate[] = [
  builtIn({
    id: 'hot-quotation',
    name: 'HOT: quotation and sample offer',
    level: 'HOT',
    kind: 'quote',
    emailType: 'Personalized Quotation + Sample Offer',
    tone: 'Professional, responsive, solution-focused',
    callToAction: 'Schedule meeting or sample shipment',
    suggestedAttachments: ['Detailed quotation (personalized)', 'Technical specifications', 'Case study or reference', 'Sample request form'],
    subject: 'Your quotation for {{lead.need}} - {{company.name}}',
    body: [
      'Hi {{lead.firstName}},',
      '',
      'Thank you for your interest in {{lead.need}}. As promised, please find our detailed quotation for {{company.name}} attached, together with the technical specifications.',
      '',
      'To make your evaluation easier, we can also:',
      '- ship a sample with expedited testing',
      '- share a reference from a similar project',
      '- walk your team through the specifications on a short technical call',
      '',
      'Would you like to schedule a call this week, or shall we arrange the sample shipment?',
      '',
      'Best regards,',
      '{{seller.name}}',
    ].join('\n'),
  }),
  builtIn({
    id: 'warm-value',
    name: 'WARM: educational, value-add content',
    level: 'WARM',
    kind: 'nurture',
    emailType: 'Educational + Value-Add Content',
    tone: 'Helpful, informative, building trust',
    callToAction: 'Answer questions or provide consultation',
    suggestedAttachments: ['Industry insights report', 'Customer success stories', 'Technical comparison guide', 'Product catalog'],
    subject: 'Ideas for {{company.name}} on {{lead.need}}',
    body: [
      'Hi {{lead.firstName}},',
      '',
      'Thank you for your questions about {{lead.need}}. I thought you might find the attached material useful: a short industry insights report and a success story from a {{company.industry}} company facing similar choices.',
      '',
      'If it helps, I would be glad to offer a free consultation call to answer your questions and compare the options for {{company.name}}.',
      '',
      'Is there anything specific you would like me to look into?',
      '',
      'Best regards,',
      '{{seller.name}}',
    ].join('\n'),
  }),
  builtIn({
    id: 'interested-social-proof',
    name: 'INTERESTED: social proof, alternative angle',
    level: 'INTERESTED',
    kind: 'marketing',
    emailType: 'Social Proof + Alternative Angle',
    tone: 'Friendly, less technical, benefit-focused',
    callToAction: 'Low-commitment (download resources, watch video)',
    suggestedAttachments: ['Customer testimonials', 'Quality certifications', 'Factory tour video link', 'Special offer or discount'],
    subject: 'How {{company.industry}} buyers source {{lead.need}}',
    body: [
      'Hi {{lead.firstName}},',
      '',
      'I wanted to share a different angle on {{lead.need}}: what other {{company.industry}} companies tell us matters most to them, in their own words.',
      '',
      'I have attached a few customer testimonials and our quality certifications, so you can see at a glance how we work.',
      '',
      'No need to reply if now is not the moment - feel free to download the resources and keep them for later.',
      '',
      'Best regards,',
      '{{seller.name}}',
    ].join('\n'),
  }),
  builtIn({
    id: 'cold-close-file',
    name: 'COLD: last attempt (should I close your file?)',
    level: 'COLD',
    kind: 'follow_up',
    emailType: 'Last Attempt / Re-engagement',
    tone: 'Direct, value-focused, create FOMO',
    callToAction: 'Clear yes/no decision point',
    suggestedAttachments: ['One-page company overview', 'Special limited-time offer', 'Industry trend report'],
    subject: 'Should I close your file?',
    // Seed 000's example, word for word apart from the placeholders; the offers are the seed's.
    body: [
      'Hi {{lead.firstName}},',
      '',
      "I haven't heard back from you regarding {{lead.need}} supply, so I wanted to check one last time.",
      '',
      "If now isn't the right time, no problem - I'll close your file and won't reach out again.",
      '',
      "But if you're still interested, I'd love to discuss:",
      '- 15% discount for first-time bulk orders',
      '- Expedited sample testing',
      '- Flexible payment terms',
      '',
      'Just reply "YES" and I\'ll send details, or "NO" and I\'ll mark your file closed.',
      '',
      'Best regards,',
      '{{seller.name}}',
    ].join('\n'),
  }),
  builtIn({
    id: 'unresponsive-fresh-start',
    name: 'UNRESPONSIVE: 90-day reset, fresh angle',
    level: 'UNRESPONSIVE',
    kind: 'follow_up',
    emailType: '90-Day Reset / Fresh Angle',
    tone: 'Brief, fresh, no pressure',
    callToAction: 'Point to the right person or a better time',
    suggestedAttachments: ['Industry trend report', 'One-page company overview'],
    subject: 'A fresh idea for {{company.name}}',
    body: [
      'Hi {{lead.firstName}},',
      '',
      'It has been a while since we last wrote, so I will keep this short.',
      '',
      'A lot has changed in {{company.industry}} over the past months, and we have new options for {{lead.need}} that were not available when we last spoke. I have attached a short industry trend report in case it is useful.',
      '',
      'If someone else at {{company.name}} now looks after this, could you point me to them? And if the timing is still not right, just let me know when would be better.',
      '',
      'Best regards,',
      '{{seller.name}}',
    ].join('\n'),
  }),
  builtIn({
    id: 'general-follow-up',
    name: 'General follow-up',
    level: null,
    kind: 'follow_up',
    emailType: 'Follow-up',
    tone: 'Friendly, professional',
    callToAction: 'Reply with their needs or book a short call',
    suggestedAttachments: ['Product catalog', 'One-page company overview'],
    subject: 'Following up - {{company.name}}',
    body: [
      'Hi {{lead.firstName}},',
      '',
      'I am following up on our contact about {{lead.need}}. We supply the energy, power, water and oil & gas sectors and would be glad to help {{company.name}} find the right solution.',
      '',
      'Could you tell me a little more about what you need and your timeline? If it is easier, I am happy to arrange a short call.',
      '',
      'Best regards,',
      '{{seller.name}}',
    ].join('\n'),
  }),
  // Seed 002's "New Lead Needs Outreach" sends a "Welcome Email Template": the first email to a new lead.
  builtIn({
    id: 'welcome',
    name: 'Welcome',
    level: null,
    kind: 'follow_up',
    emailType: 'Welcome',
    tone: 'Warm, brief, helpful',
    callToAction: 'Tell us what they need, or book a short call',
    suggestedAttachments: ['One-page company overview', 'Product catalog'],
    subject: 'Thank you for your interest, {{lead.firstName}}',
    body: [
      'Hi {{lead.firstName}},',
      '',
      'Thank you for getting in touch with us. We supply equipment and services to the energy, power, water and oil & gas sectors, and I will be your contact for {{company.name}}.',
      '',
      'To send you the right information, could you tell me what you are looking for and when you need it? I am also happy to arrange a short call at a time that suits you.',
      '',
      'Best regards,',
      '{{seller.name}}',
    ].join('\n'),
  }),
];

export const defaultEmailTemplateLibrary: EmailTemplateLibrary = { templates: defaultEmailTemplates.map((t) => ({ ...t, attachmentIds: [...t.attachmentIds], suggestedAttachments: [...t.suggestedAttachments] })) };

/** The id of the built-in template for a level (null: the general follow-up). */
export function defaultTemplateIdFor(level: EngagementLevel | null): string {
  if (level === null) return 'general-follow-up';
  return defaultEmailTemplates.find((t) => t.level === level)?.id ?? 'general-follow-up';
}

/**
 * The templates written for `level`, then the general ones (level null), each group in library
 * order, so the first is the best match. null asks for the general ones only.
 */
export function templatesForLevel(library: EmailTemplateLibrary, level: EngagementLevel | null): EmailTemplate[] {
  const templates = Array.isArray(library?.templates) ? library.templates : [];
  const forLevel = level === null ? [] : templates.filter((t) => t.level === level);
  return [...forLevel, ...templates.filter((t) => t.level === null)];
}
