import { engagementLevels } from '../../../../core/model/lead';
import { engagementSettings } from '../../../../core/engagement/engagementSettings';
import { effectiveStages } from '../../../../core/settings/stageSettings';
import { leadSettingsConfig } from '../../lead-settings/leadSettingsConfig';
import { useLeadSettings } from '../../lead-settings/useLeadSettings';
import { useSettingsDraft } from '../hooks/useSettingsDraft';
import { withAddedFollowUpStep, withFollowUpStep, withoutFollowUpStep, withUrgency } from '../utils/engagementEdits';
import { EngagementLevelEditor } from './EngagementLevelEditor';
import { EngagementThresholdsEditor } from './EngagementThresholdsEditor';
import { PipelineStagesTable } from './PipelineStagesTable';
import { SaveBar } from './SaveBar';
import '../settings.css';

/** Seed 000's engagement levels: the thresholds that decide them, urgency and follow-up timing per level. */
export function EngagementSettingsPanel() {
  const { settings } = useLeadSettings();
  const draft = useSettingsDraft(leadSettingsConfig.engagement.kind, 'Engagement levels', settings.engagement, engagementSettings);
  const { update, problems } = draft;
  const value = draft.value;

  return (
    <div className="settings-stack">
      <div className="card">
        <h2>Engagement levels</h2>
        <p className="muted">
          How warm a lead is from what the buyer did: HOT, WARM, INTERESTED, COLD or UNRESPONSIVE. Saving rescores every lead with these thresholds.
        </p>
        <SaveBar draft={draft} what="engagement levels" />
        <EngagementThresholdsEditor value={value} problems={problems} onChange={update} />
      </div>
      {engagementLevels.map((level) => (
        <EngagementLevelEditor
          key={level}
          level={level}
          value={value}
          problems={problems}
          onUrgency={(patch) => update((s) => withUrgency(s, level, patch))}
          onStep={(index, patch) => update((s) => withFollowUpStep(s, level, index, patch))}
          onAddStep={() => update((s) => withAddedFollowUpStep(s, level))}
          onRemoveStep={(index) => update((s) => withoutFollowUpStep(s, level, index))}
        />
      ))}
      <div className="card">
        <h2>Pipeline stages</h2>
        <p className="muted">Seed 000’s sales pipeline, each stage shown with its customer stage, and when a stage is suggested. These are fixed for now.</p>
        <PipelineStagesTable pipelineStages={value.pipelineStages} stageTransitions={value.stageTransitions} customerStages={effectiveStages(settings.stages)} />
      </div>
    </div>
  );
}
