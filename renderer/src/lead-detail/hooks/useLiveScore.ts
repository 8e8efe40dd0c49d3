import { useMemo } from 'react';
import type { LeadEvent } from '../../../../core/model/event';
import type { Lead } from '../../../../core/model/lead';
import { nextBand, scoreLead, type NextBandAdvice, type ScoreResult } from '../../../../core/scoring';
import type { ScoringModel } from '../../../../core/scoring/scoringModel';

export interface LiveScore {
  result: ScoreResult;
  advice: NextBandAdvice;
}

/**
 * The lead's score, ledger and next-band advice computed here and now from the lead, its events
 * and the seller's model. Memoised on those and on `now` (which moves once a minute), because a
 * demo lead may carry many events.
 */
export function useLiveScore(lead: Lead, events: readonly LeadEvent[], model: ScoringModel, now: number): LiveScore {
  return useMemo(() => {
    const result = scoreLead(lead, events, model, now);
    return { result, advice: nextBand(result, model) };
  }, [lead, events, model, now]);
}
