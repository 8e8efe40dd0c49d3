import { z } from 'zod';
import { kindsFit, leadFieldInfo, targetFieldInfo } from './conversionFields';

/**
 * Which lead field goes to which contact or account field (config 'conversion-mapping', key
 * 'default'), editable in Settings → Conversion. Custom fields are named "customFields.<key>".
 */
export const mappingLine = z.object({
  from: z.string().min(1).max(80),
  target: z.enum(['contact', 'account']),
  to: z.string().min(1).max(80),
});
export type MappingLine = z.infer<typeof mappingLine>;

export const conversionMapping = z
  .object({
    lines: z.array(mappingLine).max(100),
    /** Where the lead's custom fields not named in a line go, under the same key. */
    otherCustomFields: z.enum(['contact', 'account', 'skip']).default('contact'),
  })
  .superRefine((mapping, issues) => {
    const seen = new Set<string>();
    mapping.lines.forEach((line, index) => {
      const from = leadFieldInfo(line.from);
      const to = targetFieldInfo(line.target, line.to);
      if (!from) issues.addIssue({ code: 'custom', path: ['lines', index, 'from'], message: `"${line.from}" is not a lead field` });
      if (!to) issues.addIssue({ code: 'custom', path: ['lines', index, 'to'], message: `"${line.to}" is not a ${line.target} field` });
      if (from && to && !kindsFit(from.kind, to.kind)) {
        issues.addIssue({ code: 'custom', path: ['lines', index, 'to'], message: `${from.label} cannot go into the ${line.target}'s ${to.label}` });
      }
      const key = `${line.target}:${line.to}`;
      if (seen.has(key)) issues.addIssue({ code: 'custom', path: ['lines', index, 'to'], message: `the ${line.target}'s ${to?.label ?? line.to} is filled by two lines` });
      seen.add(key);
    });
    if (!mapping.lines.some((line) => line.target === 'account' && line.to === 'name')) {
      issues.addIssue({ code: 'custom', path: ['lines'], message: "map a lead field to the account's name (an account needs one)" });
    }
  });
export type ConversionMapping = z.infer<typeof conversionMapping>;

/** Seed 003 §5: the lead's information moves to the contact; its company to the account. */
export const defaultConversionMapping: ConversionMapping = {
  lines: [
    { from: 'name', target: 'contact', to: 'name' },
    { from: 'email', target: 'contact', to: 'email' },
    { from: 'phone', target: 'contact', to: 'phone' },
    { from: 'jobTitle', target: 'contact', to: 'jobTitle' },
    { from: 'department', target: 'contact', to: 'department' },
    { from: 'country', target: 'contact', to: 'country' },
    { from: 'tags', target: 'contact', to: 'tags' },
    { from: 'consent', target: 'contact', to: 'consent' },
    { from: 'company.name', target: 'account', to: 'name' },
    { from: 'company.website', target: 'account', to: 'website' },
    { from: 'company.industry', target: 'account', to: 'industry' },
    { from: 'company.size', target: 'account', to: 'size' },
    { from: 'company.annualRevenue', target: 'account', to: 'annualRevenue' },
    { from: 'country', target: 'account', to: 'country' },
  ],
  otherCustomFields: 'contact',
};

/** The stored mapping, or the default when there is none or it no longer validates (with the reason). */
export function readConversionMapping(stored: unknown): { mapping: ConversionMapping; problem: string | null } {
  if (stored === null || stored === undefined) return { mapping: defaultConversionMapping, problem: null };
  const parsed = conversionMapping.safeParse(stored);
  if (parsed.success) return { mapping: parsed.data, problem: null };
  return { mapping: defaultConversionMapping, problem: `The saved conversion mapping is not valid (${parsed.error.issues[0]?.message ?? 'unknown problem'}); the default is used` };
}
