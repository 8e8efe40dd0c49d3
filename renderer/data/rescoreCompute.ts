import { createLeadBrain, type DerivedLeadState, type LeadBrain } from '../../core/brain/leadBrain';
import type { LeadEvent } from '../../core/model/event';
import type { Lead } from '../../core/model/lead';
import { scoringFingerprint, type LeadSettings } from '../../core/settings/leadSettings';

/** One chunk of a full rescoring pass: the leads, their events by lead id, the settings and now. */
export interface RescoreChunk {
  settings: LeadSettings;
  now: number;
  leads: readonly Lead[];
  events: Readonly<Record<string, readonly LeadEvent[]>>;
}

/** Where the arithmetic of a full pass runs: a Web Worker in the app, the calling thread in Node tests. */
export interface RescoreCompute {
  derive(chunk: RescoreChunk): Promise<DerivedLeadState[]>;
  close(): void;
}

/** Derives a chunk; the brain is compiled once per settings fingerprint. Used by both computes. */
export function createChunkDeriver(): (chunk: RescoreChunk) => DerivedLeadState[] {
  let cached: { fingerprint: string; brain: LeadBrain } | null = null;
  return (chunk) => {
    const fingerprint = scoringFingerprint(chunk.settings);
    if (cached?.fingerprint !== fingerprint) cached = { fingerprint, brain: createLeadBrain(chunk.settings) };
    const brain = cached.brain;
    return chunk.leads.map((l) => brain.derive(l, chunk.events[l.id] ?? [], chunk.now));
  };
}

export function createInThreadRescoreCompute(): RescoreCompute {
  const derive = createChunkDeriver();
  return { derive: (chunk) => Promise.resolve(derive(chunk)), close: () => undefined };
}
