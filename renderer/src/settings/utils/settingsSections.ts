export const settingsSections = [
  { id: 'general', label: 'General' },
  { id: 'connect', label: 'Connect' },
  { id: 'criteria', label: 'Scoring criteria' },
  { id: 'groups', label: 'Groups' },
  { id: 'engagement', label: 'Engagement levels' },
  { id: 'stages', label: 'Customer stages' },
  { id: 'qualification', label: 'Qualification options' },
  { id: 'conversion', label: 'Conversion' },
  { id: 'sending', label: 'Sending' },
  { id: 'ai-drafter', label: 'AI drafter' },
  { id: 'email-templates', label: 'Email templates' },
  { id: 'attachments', label: 'Attachments' },
  { id: 'approvals', label: 'Approvals' },
] as const;
export type SettingsSectionId = (typeof settingsSections)[number]['id'];

/** The section named in a hash like "#/settings/groups" (the app's router reads only "settings"). */
export function sectionFromHash(hash: string): SettingsSectionId | null {
  const parts = hash.replace(/^#\/?/, '').split(/[/?]/).filter(Boolean);
  if (parts[0] !== 'settings') return null;
  return settingsSections.find((s) => s.id === parts[1])?.id ?? null;
}

/** The hash that links to a section. */
export function hashForSection(id: SettingsSectionId): string {
  return id === 'general' ? '#/settings' : `#/settings/${id}`;
}
