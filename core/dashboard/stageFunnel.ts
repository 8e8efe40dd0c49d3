import type { ListRow } from '../list/types';
import { rateOf } from './leadsInRange';

/** A customer stage as the funnel needs it (the seller's names, seed 004's order). */
export interface FunnelStageDefinition {
  id: string;
  name: string;
  order: number;
}

/**
 * Seed 001's conversion targets, placed on seed 004's stages: Initial Contact is a lead,
 * Primary Leads marketing-qualified (MQL), Intentional Leads sales-qualified (SQL), Confirmed
 * Leads an opportunity and Closed Customers a customer. Keyed "from>to" (stage ids).
 */
export const seedConversionTargets: Readonly<Record<string, { label: string; rate: number }>> = {
  'initial_contact>primary_leads': { label: 'Lead → MQL', rate: 0.2 },
  'primary_leads>intentional_leads': { label: 'MQL → SQL', rate: 0.3 },
  'intentional_leads>confirmed_leads': { label: 'SQL → Opportunity', rate: 0.5 },
  'confirmed_leads>closed_customers': { label: 'Opportunity → Customer', rate: 0.25 },
};

export interface FunnelStep {
  stage: string;
  name: string;
  /** Leads at this stage now. */
  atStage: number;
  /** Leads at this stage or further: the ones that got here. */
  reached: number;
  /** reached ÷ the previous step's reached; null for the first step or when none reached the previous. */
  rateFromPrevious: number | null;
  /** Seed 001's target for this move, when there is one. */
  target: { label: string; rate: number } | null;
  /** null when there is no target or no rate. */
  meetsTarget: boolean | null;
}

export interface StageFunnel {
  total: number;
  steps: FunnelStep[];
  /** Leads whose stage is none of the stages given (counted at the first step only). */
  unrecognised: number;
}

/**
 * The funnel by customer stage: how many leads got to each stage (stages only move forward, so
 * a lead at Confirmed Leads passed every stage before it) and the conversion from one stage to
 * the next.
 */
export function stageFunnel(rows: readonly Pick<ListRow, 'stage'>[], stages: readonly FunnelStageDefinition[]): StageFunnel {
  const ordered = [...stages].sort((a, b) => a.order - b.order);
  const position = new Map(ordered.map((s, index) => [s.id, index]));
  const atStage = new Array<number>(ordered.length).fill(0);
  let unrecognised = 0;
  for (const row of rows) {
    const index = position.get(row.stage);
    if (index === undefined) unrecognised += 1;
    else atStage[index] = (atStage[index] ?? 0) + 1;
  }
  // Reached = at this stage or any later one; unrecognised stages count as the first.
  const reached = new Array<number>(ordered.length).fill(0);
  let running = 0;
  for (let i = ordered.length - 1; i >= 0; i--) {
    running += atStage[i] ?? 0;
    reached[i] = running + (i === 0 ? unrecognised : 0);
  }
  const steps = ordered.map((stage, i): FunnelStep => {
    const previous = i > 0 ? ordered[i - 1] : undefined;
    const rate = previous ? rateOf(reached[i] ?? 0, reached[i - 1] ?? 0) : null;
    const target = previous ? (seedConversionTargets[`${previous.id}>${stage.id}`] ?? null) : null;
    return {
      stage: stage.id,
      name: stage.name,
      atStage: (atStage[i] ?? 0) + (i === 0 ? unrecognised : 0),
      reached: reached[i] ?? 0,
      rateFromPrevious: rate,
      target,
      meetsTarget: target && rate !== null ? rate >= target.rate : null,
    };
  });
  return { total: rows.length, steps, unrecognised };
}
