import { useCallback } from 'react';
import { scoringModel, type ScoringCriterion } from '../../../../core/scoring/scoringModel';
import { leadSettingsConfig } from '../../lead-settings/leadSettingsConfig';
import { useLeadSettings } from '../../lead-settings/useLeadSettings';
import { useSettingsDraft } from '../hooks/useSettingsDraft';
import { groupShares, maxWeightedPoints } from '../utils/criterionShares';
import { BandsEditor } from './BandsEditor';
import { BehaviourEditor } from './BehaviourEditor';
import { CriteriaTable } from './CriteriaTable';
import { CriterionChoices } from './CriterionChoices';
import { PenaltiesEditor } from './PenaltiesEditor';
import { SaveBar } from './SaveBar';
import '../settings.css';

const format = (n: number): string => n.toLocaleString('en', { maximumFractionDigits: 2 });

/** The scoring model: criteria table, list choices, behaviour, penalties and temperature bands. */
export function ScoringSettings() {
  const { settings } = useLeadSettings();
  const draft = useSettingsDraft(leadSettingsConfig.scoringModel.kind, 'Scoring criteria', settings.scoringModel, scoringModel);
  const model = draft.value;
  const { update } = draft;
  const maxWeighted = maxWeightedPoints(model);
  const savedMax = maxWeightedPoints(settings.scoringModel);

  const changeCriterion = useCallback(
    (id: string, patch: Partial<ScoringCriterion>) =>
      update((m) => ({ ...m, criteria: m.criteria.map((c) => (c.id === id ? { ...c, ...patch } : c)) })),
    [update],
  );

  return (
    <div className="settings-stack">
      <div className="card">
        <h2 id="criteria-heading">Scoring criteria</h2>
        <p className="muted">
          Score = Σ (points earned × weight) ÷ Σ (max points × weight) × 100. Disabled criteria and platform data that is not tracked yet count nowhere.
        </p>
        <p className="criteria-maximum" aria-live="polite">
          Maximum weighted points: <strong data-testid="max-weighted">{format(maxWeighted)}</strong>
          {draft.dirty && savedMax !== maxWeighted ? <span className="muted"> (saved: {format(savedMax)})</span> : null}
        </p>
        <SaveBar draft={draft} what="scoring criteria" />
        <div className="settings-table-wrap">
          <CriteriaTable criteria={model.criteria} maxWeighted={maxWeighted} groupShares={groupShares(model)} problems={draft.problems} onChange={changeCriterion} />
        </div>
      </div>
      <div className="card">
        <h2>Your choices for list criteria</h2>
        <CriterionChoices criteria={model.criteria} onChange={(id, evaluation) => changeCriterion(id, { evaluation })} />
      </div>
      <div className="card">
        <h2>Buyer behaviour points</h2>
        <p className="muted">Points per action fade week by week; without any engagement the total loses a share each week, never below the floor, and resets after a long silence.</p>
        <BehaviourEditor behaviour={model.behaviour} onChange={(behaviour) => update((m) => ({ ...m, behaviour }))} />
      </div>
      <div className="card">
        <h2>Status penalties</h2>
        <PenaltiesEditor penalties={model.statusPenalties} onChange={(statusPenalties) => update((m) => ({ ...m, statusPenalties }))} />
      </div>
      <div className="card">
        <h2>Temperature bands</h2>
        <BandsEditor bands={model.bands} onChange={(bands) => update((m) => ({ ...m, bands }))} />
      </div>
    </div>
  );
}
