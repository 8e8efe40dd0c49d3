import { useState, type ReactNode } from 'react';
import { useLeadSettings } from '../lead-settings/useLeadSettings';
import { GeneralSettings } from './components/GeneralSettings';
import { GroupsSettings } from './components/GroupsSettings';
import { ProblemsBanner } from './components/ProblemsBanner';
import { QualificationSettingsPanel } from './components/QualificationSettingsPanel';
import { RescoreStatusPanel } from './components/RescoreStatusPanel';
import { ScoringSettings } from './components/ScoringSettings';
import { sectionPanelId, sectionTabId, settingsSections, SettingsSections, type SettingsSectionId } from './components/SettingsSections';
import { StagesSettings } from './components/StagesSettings';
import './settings.css';

const panels: Record<SettingsSectionId, () => ReactNode> = {
  general: () => <GeneralSettings />,
  criteria: () => <ScoringSettings />,
  groups: () => <GroupsSettings />,
  stages: () => <StagesSettings />,
  qualification: () => <QualificationSettingsPanel />,
};

/**
 * Settings: profile and keyboard map, and the lead brain (criteria, groups, stages, qualification).
 * Sections opened once stay mounted (hidden) so unsaved edits survive switching sections.
 */
export function SettingsPage() {
  const { problems } = useLeadSettings();
  const [current, setCurrent] = useState<SettingsSectionId>('general');
  const [opened, setOpened] = useState<ReadonlySet<SettingsSectionId>>(() => new Set(['general']));
  const select = (id: SettingsSectionId): void => {
    setCurrent(id);
    setOpened((prev) => (prev.has(id) ? prev : new Set([...prev, id])));
  };

  return (
    <section className="page settings-page" aria-labelledby="settings-heading">
      <header className="page-header">
        <h1 id="settings-heading">Settings</h1>
      </header>
      <ProblemsBanner problems={problems} />
      <RescoreStatusPanel />
      <div className="settings-layout">
        <SettingsSections current={current} onSelect={select} />
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
