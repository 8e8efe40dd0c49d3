/** Durations the Rule Builder shows in hours or days (execution modes, time-since triggers). */
export type DurationUnit = 'minutes' | 'hours' | 'days';

const unitMs: Record<DurationUnit, number> = { minutes: 60_000, hours: 3_600_000, days: 86_400_000 };

export const durationUnits: readonly { unit: DurationUnit; label: string }[] = [
  { unit: 'minutes', label: 'minutes' },
  { unit: 'hours', label: 'hours' },
  { unit: 'days', label: 'days' },
];

/** The largest whole unit that expresses `ms` exactly (2 days, not 48 hours). */
export function splitDuration(ms: number): { amount: number; unit: DurationUnit } {
  if (ms > 0 && ms % unitMs.days === 0) return { amount: ms / unitMs.days, unit: 'days' };
  if (ms > 0 && ms % unitMs.hours === 0) return { amount: ms / unitMs.hours, unit: 'hours' };
  return { amount: Math.max(0, Math.round(ms / unitMs.minutes)), unit: 'minutes' };
}

export function durationMs(amount: number, unit: DurationUnit): number {
  return Math.round(amount * unitMs[unit]);
}

/** "3 days", "1 hour", "90 minutes". */
export function formatDuration(ms: number): string {
  const { amount, unit } = splitDuration(ms);
  return `${amount} ${amount === 1 ? unit.slice(0, -1) : unit}`;
}
