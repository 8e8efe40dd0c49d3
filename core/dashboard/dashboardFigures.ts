import { summariseLeads, type LeadOverview } from '../list/leadOverview';
import type { ListRow } from '../list/types';
import type { TimeRange } from './dateRange';
import { emailMetrics, type EmailEventCounts, type EmailFacts, type EmailMetrics } from './emailMetrics';
import { leadsBySource, leadsCreatedIn } from './leadsInRange';
import { rulePerformance, type RuleFacts, type RulePerformanceRow } from './rulePerformance';
import { sourceEffectiveness, type SourceEffect } from './sourceEffectiveness';
import { stageFunnel, type FunnelStageDefinition, type StageFunnel } from './stageFunnel';

export interface DashboardInput {
  /** The list projection's rows (every live lead). */
  rows: readonly ListRow[];
  range: TimeRange;
  stages: readonly FunnelStageDefinition[];
  emails: readonly EmailFacts[];
  /** Email events within the range. */
  emailEvents: EmailEventCounts;
  rules: readonly RuleFacts[];
  /** rule_fired events within the range, per rule id. */
  ruleFirings: ReadonlyMap<string, number>;
  /** The name a deleted rule fired under. */
  ruleNameOfDeleted?: (id: string) => string | undefined;
}

export interface DashboardFigures {
  /** Leads created within the range. */
  leads: number;
  /** Groups, score buckets and temperatures of those leads (the Overview's counting). */
  overview: LeadOverview;
  sources: { source: string; count: number }[];
  funnel: StageFunnel;
  sourceEffects: SourceEffect[];
  email: EmailMetrics;
  rules: RulePerformanceRow[];
}

/**
 * Every figure of the dashboard for one period. Lead figures are about the leads created in the
 * period (as they are now); email and rule figures about what happened in it. One pass over the
 * rows for the period and one per breakdown: 100,000 rows take 50–100 ms.
 */
export function dashboardFigures(input: DashboardInput): DashboardFigures {
  return { ...leadFigures(input), ...activityFigures(input) };
}

export type LeadFigures = Pick<DashboardFigures, 'leads' | 'overview' | 'sources' | 'funnel' | 'sourceEffects'>;
export type ActivityFigures = Pick<DashboardFigures, 'email' | 'rules'>;

/** The lead half: changes with the leads (the page recounts it apart from the activity half). */
export function leadFigures(input: Pick<DashboardInput, 'rows' | 'range' | 'stages'>): LeadFigures {
  const rows = leadsCreatedIn(input.rows, input.range);
  return {
    leads: rows.length,
    overview: summariseLeads(rows),
    sources: leadsBySource(rows),
    funnel: stageFunnel(rows, input.stages),
    sourceEffects: sourceEffectiveness(rows),
  };
}

/** The activity half: emails and rule firings in the period. */
export function activityFigures(input: Omit<DashboardInput, 'rows' | 'stages'>): ActivityFigures {
  return {
    email: emailMetrics(input.emails, input.emailEvents, input.range),
    rules: rulePerformance(input.rules, input.ruleFirings, input.ruleNameOfDeleted),
  };
}
