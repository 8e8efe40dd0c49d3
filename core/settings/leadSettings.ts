import { defaultEngagementSettings, engagementSettings, type EngagementSettings } from '../engagement/engagementSettings';
import { scoringModel, type ScoringModel } from '../scoring/scoringModel';
import { defaultScoringModel } from '../scoring/defaultScoringModel';
import { defaultGroupSettings, groupSettings, type GroupSettings } from './groupSettings';
import { defaultQualificationSettings, qualificationSettings, type QualificationSettings } from './qualificationSettings';
import { scoringWithQualification } from './scoringWithQualification';
import { defaultStageSettings, stageSettings, type StageSettings } from './stageSettings';

/**
 * Everything the on-device lead brain reads, as stored in config documents (key 'default' of
 * each kind). A stored document that does not validate (written by a newer app, damaged) is
 * replaced by the defaults and reported, so scoring never stops on bad settings.
 */
export interface LeadSettings {
  /** The criteria table as the seller edited it. */
  scoringModel: ScoringModel;
  /** scoringModel with the qualification option ranks applied: what scoreLead uses. */
  scoring: ScoringModel;
  groups: GroupSettings;
  stages: StageSettings;
  qualification: QualificationSettings;
  /** Seed 000's thresholds: silence days, urgency ranges, follow-up timing, stage suggestions. */
  engagement: EngagementSettings;
}

export const leadSettingsKinds = ['scoring-model', 'groups', 'stages', 'qualification-options', 'engagement'] as const;
export type LeadSettingsKind = (typeof leadSettingsKinds)[number];
export const leadSettingsKey = 'default';

export interface LeadSettingsLoad {
  settings: LeadSettings;
  /** Settings that could not be read and were replaced by defaults, in plain words. */
  problems: string[];
}

export type StoredLeadSettings = Partial<Record<LeadSettingsKind, unknown>>;

function pick<T>(label: string, raw: unknown, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }, fallback: T, problems: string[]): T {
  if (raw === undefined || raw === null) return fallback;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  problems.push(`The saved ${label} could not be read; the defaults are used until they are saved again.`);
  return fallback;
}

export function loadLeadSettings(stored: StoredLeadSettings): LeadSettingsLoad {
  const problems: string[] = [];
  const model = pick('scoring criteria', stored['scoring-model'], scoringModel, defaultScoringModel, problems);
  const groups = pick('groups', stored.groups, groupSettings, defaultGroupSettings, problems);
  const stages = pick('customer stages', stored.stages, stageSettings, defaultStageSettings, problems);
  const qualification = pick('qualification options', stored['qualification-options'], qualificationSettings, defaultQualificationSettings, problems);
  const engagement = pick('engagement thresholds', stored.engagement, engagementSettings, defaultEngagementSettings, problems);
  return {
    settings: { scoringModel: model, scoring: scoringWithQualification(model, qualification), groups, stages, qualification, engagement },
    problems,
  };
}

export const defaultLeadSettings: LeadSettings = loadLeadSettings({}).settings;

/**
 * A short fingerprint of what changes scores (FNV-1a over the canonical JSON): a stored score
 * computed under another fingerprint is stale and the full pass recomputes it.
 */
export function scoringFingerprint(settings: LeadSettings): string {
  const text = JSON.stringify([settings.scoring, settings.stages, settings.engagement]);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${hash.toString(16).padStart(8, '0')}-${text.length}`;
}
