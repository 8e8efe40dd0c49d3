import { map, shareReplay, type Observable } from 'rxjs';
import { approvalPolicy, defaultApprovalPolicy, type ApprovalPolicy } from '../../../core/emails/approvalPolicy';
import { defaultEmailTemplateLibrary, emailTemplateLibrary, type EmailTemplateLibrary } from '../../../core/emails/emailTemplates';
import { getConfig, observeConfigKind } from '../configStore';
import type { DataContext } from '../context';

/**
 * The approval policy (config 'approval-policy' / 'default') and the template library (config
 * 'email-template' / 'library'), with core's defaults where none is saved or the saved one cannot
 * be read (written by a newer app, damaged): emails keep working on defaults, and the console says so.
 */

export const approvalPolicyConfig = { kind: 'approval-policy', key: 'default' } as const;
export const templateLibraryConfig = { kind: 'email-template', key: 'library' } as const;

function policyFrom(raw: unknown): ApprovalPolicy {
  if (raw === null || raw === undefined) return defaultApprovalPolicy;
  const parsed = approvalPolicy.safeParse(raw);
  if (parsed.success) return parsed.data;
  console.warn('Lead Center: the saved approval policy could not be read; the default policy applies until it is saved again.');
  return defaultApprovalPolicy;
}

function libraryFrom(raw: unknown): EmailTemplateLibrary {
  if (raw === null || raw === undefined) return defaultEmailTemplateLibrary;
  const parsed = emailTemplateLibrary.safeParse(raw);
  if (parsed.success) return parsed.data;
  console.warn('Lead Center: the saved email templates could not be read; the default templates are used until they are saved again.');
  return defaultEmailTemplateLibrary;
}

export async function readApprovalPolicy(ctx: DataContext): Promise<ApprovalPolicy> {
  return policyFrom(await getConfig<unknown>(ctx, approvalPolicyConfig.kind, approvalPolicyConfig.key));
}

export function observeApprovalPolicy(ctx: DataContext): Observable<ApprovalPolicy> {
  return observeConfigKind<unknown>(ctx, approvalPolicyConfig.kind).pipe(
    map((docs) => policyFrom(docs.find((doc) => doc.key === approvalPolicyConfig.key)?.data)),
    shareReplay({ bufferSize: 1, refCount: true }),
  );
}

export async function readTemplateLibrary(ctx: DataContext): Promise<EmailTemplateLibrary> {
  return libraryFrom(await getConfig<unknown>(ctx, templateLibraryConfig.kind, templateLibraryConfig.key));
}
