import type { EngagementLevel, FollowUpAction } from './engagementSettings';

/** One reason behind a level, in the seller's words ("Requested a quote 3 days ago"). */
export interface EngagementSignal {
  key: string;
  text: string;
}

export type BuyingIntent = 'high' | 'medium' | 'low' | 'none';

/** The next step of seed 000's follow-up timing table. */
export interface FollowUpPlan {
  /** 1-based step in the level's row of the timing table (past its end when no step is left). */
  step: number;
  action: FollowUpAction;
  /** When the step is due; null when the table plans nothing more. May lie in the past (overdue). */
  dueAt: number | null;
  text: string;
}

/** A forward move suggested by seed 000's pipeline stage transitions. */
export interface StageSuggestion {
  pipelineStage: number;
  pipelineStageName: string;
  /** The nearest seed 004 customer stage id. */
  customerStage: string | null;
  reason: string;
}

export interface EngagementAssessment {
  /** null: not judged yet (no signal, and no outreach or the first one is still under a week old). */
  level: EngagementLevel | null;
  /** 0–10, an integer inside the level's range. */
  urgency: number;
  signals: EngagementSignal[];
  buyingIntent: BuyingIntent;
  /** Due date of the next follow-up or re-engagement (an archive step points at the re-engagement after it). */
  nextFollowUpAt: number | null;
  followUp: FollowUpPlan;
  suggestedStage: StageSuggestion | null;
  /** The buyer's latest engagement of any kind, or null. */
  lastSignalAt: number | null;
  /** Whole days since the buyer last engaged, else since the first outreach; null with neither. */
  silenceDays: number | null;
}
