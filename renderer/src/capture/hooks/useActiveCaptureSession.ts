import { useMemo } from 'react';
import { map } from 'rxjs';
import { parseConfigData, type CaptureSessionData } from '../../../../core/model/config';
import { useLeadCenter } from '../../app/useLeadCenter';
import { useObservable } from '../../ui/useObservable';
import type { CaptureSession } from '../utils/CaptureSession';

const loading = 'loading' as const;

/** The running capture session (not ended, latest started), null when none, 'loading' at first. */
export function useActiveCaptureSession(): CaptureSession | null | typeof loading {
  const { data } = useLeadCenter();
  const source = useMemo(
    () =>
      data.observeConfigKind<CaptureSessionData>('capture-session').pipe(
        map((docs) => {
          let active: CaptureSession | null = null;
          for (const doc of docs) {
            const parsed = parseConfigData('capture-session', doc.data);
            if (!parsed.ok || parsed.value.endedAt !== null) continue;
            if (!active || parsed.value.startedAt > active.data.startedAt) active = { key: doc.key, data: parsed.value };
          }
          return active;
        }),
      ),
    [data],
  );
  return useObservable<CaptureSession | null | typeof loading>(source, loading);
}
