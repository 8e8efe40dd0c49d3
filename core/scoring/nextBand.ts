import { pts, round } from './format';
import type { ScoreResult } from './scoreLead';
import { BEHAVIOUR_LINE_ID } from './scoreLead';
import { reachableMax } from './reachableMax';
import type { ScoringModel } from './scoringModel';
import { nextBandAbove, type Temperature } from './temperatureFor';

export interface NextBandStep {
  criterionId: string;
  name: string;
  /** Criterion points still missing (for a penalty: the points that re-engaging would remove). */
  missingPoints: number;
  weight: number;
  /** Score points gained by earning all missing points. */
  scoreGain: number;
  text: string;
}

export interface NextBandAdvice {
  current: Temperature;
  target: Temperature | null;
  /** Score points still needed to reach the target band (0 at the top). */
  scoreToGo: number;
  /** True when the listed steps are enough. */
  reachable: boolean;
  steps: NextBandStep[];
  summary: string;
}

/**
 * What would move a lead into the next temperature band. Criteria below their maximum are taken
 * cheapest first — most score per criterion point, i.e. highest weight, then fewest points missing
 * — until the gap is covered. A time-untouched penalty counts as points to win back. Behaviour is
 * left out: it decays and cannot be asked for. Status penalties (spam, …) are not undone here.
 */
export function nextBand(result: ScoreResult, model: ScoringModel): NextBandAdvice {
  const current = result.temperature;
  const band = nextBandAbove(current, model.bands);
  if (band === null) return { current, target: null, scoreToGo: 0, reachable: true, steps: [], summary: `Already ${current}: no band above.` };

  // From the unclamped score: a spam lead at -97 shown as 0 needs 127 points, not 30.
  const scoreToGo = round(band.min - Math.min(result.score, result.unclamped), 1);
  const perPoint = result.maxWeighted > 0 ? 100 / result.maxWeighted : 0;
  const criteria = new Map(model.criteria.map((c) => [c.id, c]));
  const candidates = result.ledger
    .filter((l) => l.criterionId !== BEHAVIOUR_LINE_ID)
    .map((l) => {
      const c = criteria.get(l.criterionId);
      // Only points the model can award are advice; a penalty can be won back to 0.
      const most = l.max < 0 ? 0 : c === undefined ? l.max : reachableMax(c);
      return { l, missing: round(most - l.achieved, 2) };
    })
    .filter(({ missing }) => missing > 0)
    .sort((a, b) => b.l.weight - a.l.weight || a.missing - b.missing || a.l.criterionId.localeCompare(b.l.criterionId));

  const steps: NextBandStep[] = [];
  let remaining = scoreToGo;
  for (const { l, missing } of candidates) {
    if (remaining <= 0) break;
    const gain = round(missing * l.weight * perPoint, 2);
    const what = l.max < 0 ? 'win back' : 'add';
    steps.push({
      criterionId: l.criterionId,
      name: l.name,
      missingPoints: missing,
      weight: l.weight,
      scoreGain: gain,
      text: `${l.name}: ${what} ${pts(missing)} (weight ${l.weight}) for +${round(gain, 1)} score${l.reason === '' ? '' : ` (now: ${l.reason})`}`,
    });
    remaining = round(remaining - gain, 2);
  }
  const reachable = remaining <= 0;
  const names = steps.map((s) => s.name).join(', ');
  // Status penalties (spam, not interested, …) are the seller's call, so they are named, not planned around.
  const criterionIds = new Set(result.ledger.map((l) => l.criterionId));
  const status = result.penalties.filter((p) => !criterionIds.has(p.id)).map((p) => p.label);
  const held = status.length === 0 ? '' : ` The score is also held down by: ${status.join(', ')}.`;
  const summary =
    (reachable
      ? `${scoreToGo} more score points make this lead ${band.temperature}: ${names}.`
      : `Even with every missing criterion (${names || 'none'}) the lead stays below ${band.temperature}; it needs ${round(remaining, 1)} more points from engagement.`) + held;
  return { current, target: band.temperature, scoreToGo, reachable, steps, summary };
}
