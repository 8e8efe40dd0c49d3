import type { LeadEventType } from '../../../../core/model/event';
import { customerStages, isCustomerStageId } from '../../../../core/reference/customerStages';
import { effectiveStages, stageSettings } from '../../../../core/settings/stageSettings';
import { leadSettingsConfig } from '../../lead-settings/leadSettingsConfig';
import { useLeadSettings } from '../../lead-settings/useLeadSettings';
import { useSettingsDraft } from '../hooks/useSettingsDraft';
import { eventLabels } from '../utils/eventLabels';
import { problemAt } from '../utils/settingsProblems';
import { mappableEvents, stageForEvent, withEventStage } from '../utils/stageMap';
import { SaveBar } from './SaveBar';
import '../settings.css';
import { FieldError } from '../../ui/FieldError';

/** Seed 004's customer stages: names (order fixed) and which events advance a lead to each. */
export function StagesSettings() {
  const { settings } = useLeadSettings();
  const draft = useSettingsDraft(leadSettingsConfig.stages.kind, 'Customer stages', settings.stages, stageSettings);
  const { update } = draft;
  const value = draft.value;
  const stages = effectiveStages(value);
  const namesProblem = problemAt(draft.problems, 'names');
  const mapProblem = problemAt(draft.problems, 'advancingEvents');

  const rename = (id: (typeof customerStages)[number]['id'], name: string, defaultName: string): void =>
    update((s) => {
      const names = { ...s.names };
      if (name === defaultName) delete names[id];
      else names[id] = name;
      return { ...s, names };
    });
  const setEventStage = (event: LeadEventType, stage: string): void =>
    update((s) => withEventStage(s, event, isCustomerStageId(stage) ? stage : null));

  return (
    <div className="settings-stack">
      <div className="card">
        <h2>Customer stages</h2>
        <p className="muted">Where the buyer is, from first record to purchase. The order is fixed; the names are yours.</p>
        <SaveBar draft={draft} what="customer stages" />
        <FieldError message={namesProblem} />
        <table className="settings-table">
          <caption className="visually-hidden">Stage names</caption>
          <thead>
            <tr>
              <th scope="col">Step</th>
              <th scope="col">Stage</th>
              <th scope="col">Name</th>
            </tr>
          </thead>
          <tbody>
            {customerStages.map((st) => (
              <tr key={st.id}>
                <td className="numeric">{st.order + 1}</td>
                <th scope="row">
                  {st.name}
                  <div className="muted small">{st.description}</div>
                </th>
                <td>
                  <input aria-label={`Name of the ${st.name} stage`} value={value.names[st.id] ?? st.name} maxLength={60} onChange={(e) => rename(st.id, e.target.value, st.name)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="card">
        <h2>Events that move a lead forward</h2>
        <p className="info-banner">
          When one of these happens, the lead moves to the chosen stage — only forward: a lead already at that stage or further along stays where it is. You can still set
          any stage by hand.
        </p>
        <FieldError message={mapProblem} />
        <table className="settings-table">
          <caption className="visually-hidden">Event to stage map</caption>
          <thead>
            <tr>
              <th scope="col">When this happens</th>
              <th scope="col">Move the lead to</th>
            </tr>
          </thead>
          <tbody>
            {mappableEvents(value).map((event) => (
              <tr key={event}>
                <th scope="row">{eventLabels[event]}</th>
                <td>
                  <select aria-label={`Stage after ${eventLabels[event]}`} value={stageForEvent(value, event) ?? ''} onChange={(e) => setEventStage(event, e.target.value)}>
                    <option value="">No move</option>
                    {stages.map((st) => (
                      <option key={st.id} value={st.id}>
                        {st.name}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
