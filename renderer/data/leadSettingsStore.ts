import { combineLatest, distinctUntilChanged, map, shareReplay, type Observable } from 'rxjs';
import { leadSettingsKey, leadSettingsKinds, loadLeadSettings, type LeadSettingsLoad, type StoredLeadSettings } from '../../core/settings/leadSettings';
import { observeConfigKind } from './configStore';
import type { DataContext } from './context';
import { deepEqual } from './deepEqual';

/**
 * The lead brain's settings (scoring model, groups, stages, qualification options), live from the
 * config collection: each kind's document with key 'default'.
 */
export function observeLeadSettings(ctx: DataContext): Observable<LeadSettingsLoad> {
  const perKind = leadSettingsKinds.map((kind) =>
    observeConfigKind<unknown>(ctx, kind).pipe(
      map((docs) => docs.find((doc) => doc.key === leadSettingsKey)?.data),
      distinctUntilChanged(deepEqual),
    ),
  );
  return combineLatest(perKind).pipe(
    map((values) => {
      const stored: StoredLeadSettings = {};
      leadSettingsKinds.forEach((kind, i) => {
        if (values[i] !== undefined) stored[kind] = values[i];
      });
      return loadLeadSettings(stored);
    }),
    shareReplay({ bufferSize: 1, refCount: true }),
  );
}
