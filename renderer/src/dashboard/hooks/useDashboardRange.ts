import { useMemo, useState } from 'react';
import {
  dayKeyOf,
  dayRangeFileLabel,
  describeDayRange,
  presetDayRange,
  resolveDayRange,
  type DayRange,
  type RangePreset,
  type TimeRange,
  type UtcOffsetAt,
} from '../../../../core/dashboard/dateRange';
import { useNow } from '../../ui/useNow';

export type RangeChoice = RangePreset | 'custom';

/** The seller's offset from UTC at a moment, from the operating system's time zone. */
export const localOffsetAt: UtcOffsetAt = (ms) => -new Date(ms).getTimezoneOffset();

interface Choice {
  preset: RangeChoice;
  /** The last valid custom days (kept while a preset is chosen, for going back to Custom). */
  custom: DayRange;
  /** Days typed that do not make a period (shown with the problem; the last valid period stays counted). */
  typed: DayRange | null;
}

// Kept while the app runs, so coming back to the Dashboard shows the same period.
let remembered: Choice = { preset: 'last30', custom: { from: null, to: null }, typed: null };

export interface DashboardRange {
  preset: RangeChoice;
  /** The days shown in the From/To fields. */
  days: DayRange;
  /** The period counted. */
  range: TimeRange;
  /** What is wrong with the typed days, or null. */
  problem: string | null;
  description: string;
  fileLabel: string;
  choosePreset(preset: RangeChoice): void;
  setDays(days: DayRange): void;
}

/** The Dashboard's period: a preset that follows today (also across midnight) or custom days. */
export function useDashboardRange(): DashboardRange {
  const [choice, setChoice] = useState<Choice>(remembered);
  const now = useNow(60_000);
  const today = dayKeyOf(now, localOffsetAt);
  const counted = useMemo<DayRange>(
    () => (choice.preset === 'custom' ? choice.custom : presetDayRange(choice.preset, now, localOffsetAt)),
    // today, not now: a preset's days change only when the day does.
    [choice.preset, choice.custom, today], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const range = useMemo(() => {
    const resolved = resolveDayRange(counted, localOffsetAt);
    return resolved.ok ? resolved.value : { from: null, to: null };
  }, [counted]);
  const problem = useMemo(() => {
    if (choice.typed === null) return null;
    const resolved = resolveDayRange(choice.typed, localOffsetAt);
    return resolved.ok ? null : resolved.error;
  }, [choice.typed]);
  const update = (next: Choice) => {
    remembered = next;
    setChoice(next);
  };
  return {
    preset: choice.preset,
    days: choice.typed ?? counted,
    range,
    problem,
    description: describeDayRange(counted),
    fileLabel: dayRangeFileLabel(counted),
    choosePreset: (preset) => update({ preset, custom: preset === 'custom' ? counted : choice.custom, typed: null }),
    setDays: (days) => {
      const valid = resolveDayRange(days, localOffsetAt).ok;
      // A bad range keeps counting the period shown until now (a preset's days become the custom ones).
      update(valid ? { preset: 'custom', custom: days, typed: null } : { preset: 'custom', custom: counted, typed: days });
    },
  };
}
