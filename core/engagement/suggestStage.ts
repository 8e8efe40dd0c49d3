import { customerStageOrder, isCustomerStageId } from '../reference/customerStages';
import type { StageSuggestion } from './engagementAssessment';
import { levelRank, type EngagementLevel, type EngagementSettings, type StageSignal } from './engagementSettings';
import type { LeadSignals, SignalKind } from './readSignals';
import { wholeDaysBetween } from './time';

/** The signals behind each transition; "asking questions" is replying, chatting or answering the questionnaire. */
const stageSignalKinds: Record<StageSignal, readonly SignalKind[]> = {
  asked_questions: ['reply', 'chat', 'questionnaire'],
  requested_specs: ['specs_request'],
  requested_sample: ['sample_request'],
  requested_quote: ['quote_request'],
  agreed_terms: ['agreed_terms'],
};

const stageSignalWords: Record<StageSignal, string> = {
  asked_questions: 'asked questions',
  requested_specs: 'requested specs',
  requested_sample: 'requested a sample',
  requested_quote: 'requested a quote',
  agreed_terms: 'agreed terms',
};

/**
 * Seed 000's pipeline stage transitions ("WARM + requested sample → Stage 4"). A level counts if it
 * is at least the one named; the signal counts while it is recent (the engaged-signal window).
 * The furthest matching stage wins, and it is suggested only when its customer stage is ahead of
 * the lead's: a suggestion never goes backwards, and a stage id we do not know cannot be compared.
 */
export function suggestStage(
  level: EngagementLevel | null,
  signals: Pick<LeadSignals, 'tallies'>,
  leadStage: unknown,
  now: number,
  settings: EngagementSettings,
): StageSuggestion | null {
  if (level === null || typeof leadStage !== 'string' || !isCustomerStageId(leadStage)) return null;
  const recent = (kind: SignalKind): boolean => {
    const tally = signals.tallies[kind];
    return tally !== undefined && wholeDaysBetween(tally.lastAt, now) < settings.signalWindows.engagedDays;
  };

  let best: { stage: EngagementSettings['pipelineStages'][number]; signal: StageSignal } | null = null;
  for (const transition of settings.stageTransitions) {
    if (levelRank(level) < levelRank(transition.minLevel)) continue;
    if (!stageSignalKinds[transition.signal].some(recent)) continue;
    const stage = settings.pipelineStages.find((s) => s.pipelineStage === transition.pipelineStage);
    if (stage !== undefined && (best === null || stage.pipelineStage > best.stage.pipelineStage)) best = { stage, signal: transition.signal };
  }
  if (best === null || best.stage.customerStage === null) return null;
  if (customerStageOrder(best.stage.customerStage) <= customerStageOrder(leadStage)) return null;
  return {
    pipelineStage: best.stage.pipelineStage,
    pipelineStageName: best.stage.name,
    customerStage: best.stage.customerStage,
    reason: `${level} lead that ${stageSignalWords[best.signal]}: move to stage ${best.stage.pipelineStage} (${best.stage.name})`,
  };
}
