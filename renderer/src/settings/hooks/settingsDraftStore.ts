import { create } from 'zustand';
import type { ApprovalPolicy } from '../../../../core/emails/approvalPolicy';
import type { EmailTemplateLibrary } from '../../../../core/emails/emailTemplates';
import type { EngagementSettings } from '../../../../core/engagement/engagementSettings';
import type { ScoringModel } from '../../../../core/scoring/scoringModel';
import type { GroupSettings } from '../../../../core/settings/groupSettings';
import type { QualificationSettings } from '../../../../core/settings/qualificationSettings';
import type { StageSettings } from '../../../../core/settings/stageSettings';

/** The settings documents edited on the settings screen, by config kind. */
export interface SettingsDrafts {
  'scoring-model': ScoringModel;
  groups: GroupSettings;
  stages: StageSettings;
  'qualification-options': QualificationSettings;
  engagement: EngagementSettings;
  'email-template': EmailTemplateLibrary;
  'approval-policy': ApprovalPolicy;
}
export type SettingsDraftKind = keyof SettingsDrafts;

interface DraftState {
  drafts: Partial<SettingsDrafts>;
  setDraft<K extends SettingsDraftKind>(kind: K, value: SettingsDrafts[K] | null): void;
}

/**
 * UI state only: unsaved edits, kept outside the page so they survive a trip to the lead list
 * and back (the settings page unmounts when another section of the app opens).
 */
export const useSettingsDraftStore = create<DraftState>((set) => ({
  drafts: {},
  setDraft(kind, value) {
    set((state) => {
      const drafts = { ...state.drafts };
      if (value === null) delete drafts[kind];
      else drafts[kind] = value;
      return { drafts };
    });
  },
}));

/** Same content (drafts are plain JSON built from the saved value, so key order matches). */
export function sameSettings(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Whether the draft of `kind` differs from what is saved. */
export function isDirty<K extends SettingsDraftKind>(drafts: Partial<SettingsDrafts>, kind: K, saved: SettingsDrafts[K]): boolean {
  const draft = drafts[kind];
  return draft !== undefined && !sameSettings(draft, saved);
}
