import { useCallback } from 'react';
import { useLeadCenter } from '../../app/useLeadCenter';
import { errorText } from '../../ui/useBusyAction';
import { useToastStore } from '../../ui/useToastStore';

/** Undoes a merge and says how it went (what could not be put back, if anything). */
export function useUndoMerge(): (changeSetId: string) => Promise<void> {
  const { data } = useLeadCenter();
  const showToast = useToastStore((state) => state.showToast);
  return useCallback(
    async (changeSetId: string) => {
      try {
        const { problems } = await data.duplicates.undoMerge(changeSetId);
        showToast(
          problems.length === 0
            ? { message: 'Merge undone: the leads are back as they were.' }
            : { message: `Merge undone, except: ${problems.join('; ')}`, durationMs: 15_000 },
        );
      } catch (error) {
        showToast({ tone: 'error', message: `The merge could not be undone: ${errorText(error)}` });
      }
    },
    [data, showToast],
  );
}
