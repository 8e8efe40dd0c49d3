import { approvalPolicy, defaultApprovalPolicy, type ApprovalPolicy } from '../../../../core/emails/approvalPolicy';
import { useConfigDocument, type ConfigDocument } from './useConfigDocument';

export const approvalPolicyConfig = { kind: 'approval-policy', key: 'default' } as const;

/** The saved approval policy, live; core's default until one is saved. */
export function useApprovalPolicy(): ConfigDocument<ApprovalPolicy> {
  return useConfigDocument(approvalPolicyConfig.kind, approvalPolicyConfig.key, approvalPolicy, defaultApprovalPolicy);
}
