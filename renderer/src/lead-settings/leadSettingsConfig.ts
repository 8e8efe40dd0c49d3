/** Where each part of the lead settings is kept: config kind + key 'default'. */
export const leadSettingsConfig = {
  scoringModel: { kind: 'scoring-model', key: 'default' },
  groups: { kind: 'groups', key: 'default' },
  stages: { kind: 'stages', key: 'default' },
  qualification: { kind: 'qualification-options', key: 'default' },
  engagement: { kind: 'engagement', key: 'default' },
} as const;
