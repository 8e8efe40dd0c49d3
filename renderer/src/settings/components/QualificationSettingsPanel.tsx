import { qualificationFields, qualificationSettings } from '../../../../core/settings/qualificationSettings';
import { leadSettingsConfig } from '../../lead-settings/leadSettingsConfig';
import { useLeadSettings } from '../../lead-settings/useLeadSettings';
import { useSettingsDraft } from '../hooks/useSettingsDraft';
import { QualificationOptionsEditor } from './QualificationOptionsEditor';
import { SaveBar } from './SaveBar';
import '../settings.css';

const titles: Record<(typeof qualificationFields)[number], string> = {
  budget: 'Budget',
  authority: 'Authority',
  need: 'Need',
  timeline: 'Timeline',
  fit: 'Fit with your products',
};

/** The BANT-CHAMP option lists (seed 003); ranks feed the score. */
export function QualificationSettingsPanel() {
  const { settings } = useLeadSettings();
  const draft = useSettingsDraft(leadSettingsConfig.qualification.kind, 'Qualification options', settings.qualification, qualificationSettings);
  const { update } = draft;
  return (
    <div className="settings-stack">
      <div className="card">
        <h2>Qualification options</h2>
        <p className="muted">
          The choices offered for each BANT-CHAMP question. A higher rank is a stronger signal and scores more; “Not known” scores nothing. Leads keep the stored value,
          so renaming an option never changes a lead.
        </p>
        <SaveBar draft={draft} what="qualification options" />
      </div>
      {qualificationFields.map((field) => (
        <QualificationOptionsEditor
          key={field}
          field={field}
          title={titles[field]}
          options={draft.value[field]}
          problems={draft.problems}
          onChange={(options) => update((s) => ({ ...s, [field]: options }))}
        />
      ))}
    </div>
  );
}
