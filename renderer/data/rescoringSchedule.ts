import { debounceTime, distinctUntilChanged, map, skip, type Observable, type Subscription } from 'rxjs';
import { scoringFingerprint, type LeadSettingsLoad } from '../../core/settings/leadSettings';
import * as configStore from './configStore';
import type { DataContext } from './context';
import type { RescoreReason } from './contract';
import { scoringStateConfig, type RescoringRunner, type ScoringState } from './rescoring';

/** The local calendar day of a time, e.g. "2026-11-23": decay is applied once a day, the seller's day. */
export function localDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Why a full pass is due now, or null: settings changed since the last pass, or it ran on another day (or never). */
export function rescoreDue(state: ScoringState | null, fingerprint: string, now: number): RescoreReason | null {
  if (state === null) return 'startup';
  if (state.settingsFingerprint !== fingerprint) return 'settings';
  if (localDay(state.lastFullPassAt) !== localDay(now)) return 'startup';
  return null;
}

export interface RescoringScheduleOptions {
  /** How often to look whether the day changed (default every 10 minutes). */
  checkEveryMs?: number;
  /** Quiet time after a settings change before the pass starts, so a burst of edits makes one pass. */
  settingsDebounceMs?: number;
}

/**
 * When full passes run: at start-up if a day was missed or the settings differ from the last
 * pass's, once a day while the app stays open, and after every settings change.
 */
export function scheduleRescoring(
  ctx: DataContext,
  runner: RescoringRunner,
  settings: Observable<LeadSettingsLoad>,
  options: RescoringScheduleOptions = {},
): { stop(): void } {
  const report = (error: unknown) => console.error('Lead Center: rescoring failed', error);
  const lastState = () => configStore.getConfig<ScoringState>(ctx, scoringStateConfig.kind, scoringStateConfig.key);
  let stopped = false;

  const check = async (onDayChange: RescoreReason) => {
    if (stopped || runner.status.running) return;
    const due = rescoreDue(await lastState(), scoringFingerprint(ctx.brain().settings), ctx.clock());
    if (due !== null && !stopped) await runner.runNow(due === 'startup' ? onDayChange : due);
  };

  void check('startup').catch(report);
  const timer = setInterval(() => void check('daily').catch(report), options.checkEveryMs ?? 600_000);
  const subscription: Subscription = settings
    .pipe(
      map((load) => scoringFingerprint(load.settings)),
      distinctUntilChanged(),
      skip(1),
      debounceTime(options.settingsDebounceMs ?? 300),
    )
    .subscribe(() => {
      if (!stopped) void runner.runNow('settings').catch(report);
    });
  return {
    stop() {
      stopped = true;
      clearInterval(timer);
      subscription.unsubscribe();
    },
  };
}
