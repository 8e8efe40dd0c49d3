import { createLeadBrain, type DerivedLeadState, type LeadBrain } from '../../core/brain/leadBrain';
import type { LeadEvent } from '../../core/model/event';
import { lead as leadSchema } from '../../core/model/lead';
import { scoringFingerprint, type LeadSettings } from '../../core/settings/leadSettings';

/**
 * One chunk of a full rescoring pass: the leads as stored (checked with the lead schema where the
 * arithmetic runs, so the page does not allocate for it), their events by lead id, the settings
 * and now.
 */
export interface RescoreChunk {
  settings: LeadSettings;
  now: number;
  leads: readonly unknown[];
  events: Readonly<Record<string, readonly LeadEvent[]>>;
}

/** Where the arithmetic of a full pass runs: a Web Worker in the app, the calling thread in Node tests. */
export interface RescoreCompute {
  /** Per lead of the chunk, in order: its derived state, or null when the stored lead is not valid. */
  derive(chunk: RescoreChunk): Promise<(DerivedLeadState | null)[]>;
  close(): void;
}

/** Derives a chunk; the brain is compiled once per settings fingerprint. Used by both computes. */
export function createChunkDeriver(): (chunk: RescoreChunk) => (DerivedLeadState | null)[] {
  let cached: { fingerprint: string; brain: LeadBrain } | null = null;
  return (chunk) => {
    const fingerprint = scoringFingerprint(chunk.settings);
    if (cached?.fingerprint !== fingerprint) cached = { fingerprint, brain: createLeadBrain(chunk.settings) };
    const brain = cached.brain;
    return chunk.leads.map((stored) => {
      const parsed = leadSchema.safeParse(stored);
      return parsed.success ? brain.derive(parsed.data, chunk.events[parsed.data.id] ?? [], chunk.now) : null;
    });
  };
}

export function createInThreadRescoreCompute(): RescoreCompute {
  const derive = createChunkDeriver();
  return { derive: (chunk) => Promise.resolve(derive(chunk)), close: () => undefined };
}
