import { useEffect, useState, type ReactNode } from 'react';
import { useLeadSettings } from '../lead-settings/useLeadSettings';
import { AiDrafterSettings } from './components/AiDrafterSettings';
import { ApprovalsSettings } from './components/ApprovalsSettings';
import { AttachmentsSettings } from './components/AttachmentsSettings';
import { EmailTemplatesSettings } from './components/EmailTemplatesSettings';
import { EngagementSettingsPanel } from './components/EngagementSettingsPanel';
import { GeneralSettings } from './components/GeneralSettings';
import { GroupsSettings } from './components/GroupsSettings';
import { ProblemsBanner } from './components/ProblemsBanner';
import { QualificationSettingsPanel } from './components/QualificationSettingsPanel';
import { RescoreStatusPanel } from './components/RescoreStatusPanel';
import { ScoringSettings } from './components/ScoringSettings';
import { sectionPanelId, sectionTabId, SettingsSections } from './components/SettingsSections';
import { SendingSettings } from './components/SendingSettings';
import { StagesSettings } from './components/StagesSettings';
import { ConversionMappingSettings } from './ConversionMappingSettings';
import { ConnectSettings } from './connect/ConnectSettings';
import { isDirty, useSettingsDraftStore } from './hooks/settingsDraftStore';
import { useApprovalPolicy } from './hooks/useApprovalPolicy';
import { useTemplateLibrary } from './hooks/useTemplateLibrary';
import { hashForSection, sectionFromHash, settingsSections, type SettingsSectionId } from './utils/settingsSections';
import './settings.css';

const panels: Record<SettingsSectionId, () => ReactNode> = {
  general: () => <GeneralSettings />,
  connect: () => <ConnectSettings />,
  criteria: () => <ScoringSettings />,
  groups: () => <GroupsSettings />,
  engagement: () => <EngagementSettingsPanel />,
  stages: () => <StagesSettings />,
  qualification: () => <QualificationSettingsPanel />,
  conversion: () => <ConversionMappingSettings />,
  sending: () => <SendingSettings />,
  'ai-drafter': () => <AiDrafterSettings />,
  'email-templates': () => <EmailTemplatesSettings />,
  attachments: () => <AttachmentsSettings />,
  approvals: () => <ApprovalsSettings />,
};

/**
 * Settings: profile and keyboard map, the lead brain (criteria, groups, engagement levels,
 * stages, qualification) and email (sending, AI drafter, templates, attachments, approvals).
 * Unsaved edits live in a draft store, so they survive switching sections and leaving the page;
 * each section with unsaved changes is marked in the section list.
 */
export function SettingsPage() {
  const { settings, problems } = useLeadSettings();
  const drafts = useSettingsDraftStore((s) => s.drafts);
  const templateLibrary = useTemplateLibrary();
  const policy = useApprovalPolicy();
  const dirty = new Set<SettingsSectionId>();
  if (isDirty(drafts, 'scoring-model', settings.scoringModel)) dirty.add('criteria');
  if (isDirty(drafts, 'groups', settings.groups)) dirty.add('groups');
  if (isDirty(drafts, 'engagement', settings.engagement)) dirty.add('engagement');
  if (isDirty(drafts, 'stages', settings.stages)) dirty.add('stages');
  if (isDirty(drafts, 'qualification-options', settings.qualification)) dirty.add('qualification');
  if (isDirty(drafts, 'email-template', templateLibrary.value)) dirty.add('email-templates');
  if (isDirty(drafts, 'approval-policy', policy.value)) dirty.add('approvals');
  const [current, setCurrent] = useState<SettingsSectionId>(() => sectionFromHash(window.location.hash) ?? 'general');
  const [opened, setOpened] = useState<ReadonlySet<SettingsSectionId>>(() => new Set([current]));
  const show = (id: SettingsSectionId): void => {
    setCurrent(id);
    setOpened((prev) => (prev.has(id) ? prev : new Set([...prev, id])));
  };
  // The section is part of the address (#/settings/groups) so it can be linked to and survives a reload.
  const select = (id: SettingsSectionId): void => {
    show(id);
    window.history.replaceState(null, '', hashForSection(id));
  };
  useEffect(() => {
    const follow = (): void => {
      const id = sectionFromHash(window.location.hash);
      if (id !== null) show(id);
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  return (
    <section className="page settings-page" aria-labelledby="settings-heading">
      <header className="page-header">
        <h1 id="settings-heading">Settings</h1>
      </header>
      <ProblemsBanner problems={problems} />
      <RescoreStatusPanel />
      <div className="settings-layout">
        <SettingsSections current={current} dirty={dirty} onSelect={select} />
        <div className="settings-panels">
          {settingsSections
            .filter((s) => opened.has(s.id))
            .map((s) => (
              <div key={s.id} role="tabpanel" id={sectionPanelId(s.id)} aria-labelledby={sectionTabId(s.id)} hidden={s.id !== current} className="settings-panel">
                {panels[s.id]()}
              </div>
            ))}
        </div>
      </div>
    </section>
  );
}
