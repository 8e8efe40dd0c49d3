import { useMemo } from 'react';
import { map } from 'rxjs';
import { parseConfigData, type SavedViewData } from '../../../../core/model/config';
import { useLeadCenter } from '../../app/useLeadCenter';
import { useObservable } from '../../ui/useObservable';
import type { SavedView } from '../types/SavedView';

const none: SavedView[] = [];

/** Saved views, live, by name; documents that do not parse are skipped. */
export function useSavedViews(): SavedView[] {
  const { data } = useLeadCenter();
  const source = useMemo(
    () =>
      data.observeConfigKind<SavedViewData>('saved-view').pipe(
        map((docs) =>
          docs
            .flatMap((doc) => {
              const parsed = parseConfigData('saved-view', doc.data);
              return parsed.ok ? [{ key: doc.key, data: parsed.value }] : [];
            })
            .sort((a, b) => a.data.name.localeCompare(b.data.name)),
        ),
      ),
    [data],
  );
  return useObservable(source, none);
}
