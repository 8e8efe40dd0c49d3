import { useCallback } from 'react';
import { useLeadCenter } from '../../app/useLeadCenter';
import { useToastStore } from '../../ui/useToastStore';
import { approvalUndoWindowMs, approvedMessage } from '../utils/approvalUndo';

/**
 * After an approval: a toast with "Undo" for as long as the outbox holds the emails back. Undo
 * takes the approvals back (they wait for approval again); what already went cannot be undone.
 */
export function useOfferApprovalUndo(): (ids: readonly string[], subject?: string) => void {
  const { data } = useLeadCenter();
  const showToast = useToastStore((state) => state.showToast);
  return useCallback(
    (ids, subject) => {
      if (ids.length === 0) return;
      showToast({
        message: approvedMessage(ids.length, subject),
        durationMs: approvalUndoWindowMs,
        action: {
          label: 'Undo',
          run: () => {
            void data.emails.withdrawApproval(ids).then(
              (outcome) =>
                showToast({
                  message:
                    outcome.refused.length === 0
                      ? `Approval taken back: ${outcome.done.length} waiting for approval again.`
                      : `Taken back ${outcome.done.length}; ${outcome.refused.length} could not be: ${outcome.refused[0]?.reason ?? ''}`,
                  tone: outcome.refused.length === 0 ? 'info' : 'error',
                }),
              (cause: unknown) => showToast({ message: cause instanceof Error ? cause.message : String(cause), tone: 'error' }),
            );
          },
        },
      });
    },
    [data, showToast],
  );
}
