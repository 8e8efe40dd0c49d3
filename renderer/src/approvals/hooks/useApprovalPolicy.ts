import type { ApprovalPolicy } from '../../../../core/emails';
import { useApprovalPolicy as useSavedApprovalPolicy } from '../../settings/hooks/useApprovalPolicy';

/** The approval policy in force, live: the saved one, or core's default when none is saved or it does not read. */
export function useApprovalPolicy(): ApprovalPolicy {
  return useSavedApprovalPolicy().value;
}
