import type { ScoringModel } from './scoringModel';

export type Temperature = ScoringModel['bands'][number]['temperature'];

/** The first (highest) band whose minimum the score reaches; seed 001: 70 hot, 50 warm, 30 cool. */
export function temperatureFor(score: number, bands: ScoringModel['bands']): Temperature {
  const safe = Number.isFinite(score) ? score : 0;
  // One pass, no copy: it runs for every list cell and every generated demo lead.
  let reached: ScoringModel['bands'][number] | undefined;
  for (const band of bands) if (safe >= band.min && (reached === undefined || band.min > reached.min)) reached = band;
  return reached?.temperature ?? 'cold';
}

/** The band just above the given one, or null at the top. */
export function nextBandAbove(temperature: Temperature, bands: ScoringModel['bands']): ScoringModel['bands'][number] | null {
  const sorted = [...bands].sort((a, b) => b.min - a.min);
  const index = sorted.findIndex((b) => b.temperature === temperature);
  return index > 0 ? (sorted[index - 1] ?? null) : null;
}
