import { useMemo } from 'react';
import { map } from 'rxjs';
import { approvalPolicy, defaultApprovalPolicy, type ApprovalPolicy } from '../../../../core/emails';
import { useLeadCenter } from '../../app/useLeadCenter';
import { useObservable } from '../../ui/useObservable';

/** The approval policy (config 'approval-policy'/'default'), live; the default when none is saved or it does not read. */
export function useApprovalPolicy(): ApprovalPolicy {
  const { data } = useLeadCenter();
  const source = useMemo(
    () =>
      data.observeConfigKind<unknown>('approval-policy').pipe(
        map((docs) => {
          const saved = docs.find((doc) => doc.key === 'default');
          const parsed = saved ? approvalPolicy.safeParse(saved.data) : null;
          return parsed?.success ? parsed.data : defaultApprovalPolicy;
        }),
      ),
    [data],
  );
  return useObservable(source, defaultApprovalPolicy);
}
