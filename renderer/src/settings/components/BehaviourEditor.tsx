import type { BehaviourSettings } from '../../../../core/scoring/scoringModel';
import { eventLabels } from '../utils/eventLabels';
import { validateAtLeast, validatePoints, validateWholeNumber } from '../utils/validateNumbers';
import { NumberInput } from './NumberInput';

interface BehaviourEditorProps {
  behaviour: BehaviourSettings;
  onChange(behaviour: BehaviourSettings): void;
}

/** Seed 001's behavioural points: per action points and weekly decay, and the line's own limits. */
export function BehaviourEditor({ behaviour, onChange }: BehaviourEditorProps) {
  const set = (patch: Partial<BehaviourSettings>): void => onChange({ ...behaviour, ...patch });
  const setAction = (id: string, patch: { points?: number; decayPerWeek?: number }): void =>
    set({ actions: behaviour.actions.map((a) => (a.id === id ? { ...a, ...patch } : a)) });
  return (
    <>
      <table className="settings-table">
        <caption className="visually-hidden">Points per buyer action</caption>
        <thead>
          <tr>
            <th scope="col">Action</th>
            <th scope="col">Counted from</th>
            <th scope="col">Points</th>
            <th scope="col">Lost per week</th>
          </tr>
        </thead>
        <tbody>
          {behaviour.actions.map((a) => (
            <tr key={a.id}>
              <th scope="row">{a.name}</th>
              <td>
                {eventLabels[a.eventType]}
                {a.match ? <span className="muted"> ({a.match.key}: {a.match.value})</span> : null}
              </td>
              <td>
                <NumberInput hideLabel label={`Points for ${a.name}`} value={a.points} validate={validatePoints} onCommit={(points) => setAction(a.id, { points })} />
              </td>
              <td>
                <NumberInput
                  hideLabel
                  label={`Points lost per week for ${a.name}`}
                  value={a.decayPerWeek}
                  validate={validatePoints}
                  onCommit={(decayPerWeek) => setAction(a.id, { decayPerWeek })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="settings-fields">
        <NumberInput label="Return visit points" value={behaviour.returnVisit.points} validate={validatePoints} onCommit={(points) => set({ returnVisit: { ...behaviour.returnVisit, points } })} />
        <NumberInput
          label="Return visit within (days)"
          value={behaviour.returnVisit.withinDays}
          validate={validatePoints}
          onCommit={(withinDays) => set({ returnVisit: { ...behaviour.returnVisit, withinDays } })}
        />
        <NumberInput label="Behaviour maximum points" value={behaviour.maxPoints} validate={validatePoints} onCommit={(maxPoints) => set({ maxPoints })} />
        <NumberInput label="Behaviour weight (0–5)" value={behaviour.weight} validate={(t) => validateWholeNumber(t, 0, 5)} onCommit={(weight) => set({ weight })} />
        <NumberInput
          label="Weekly decay without engagement (%)"
          value={Math.round(behaviour.weeklyDecay * 1000) / 10}
          validate={(t) => validateAtLeast(t, 0, 100)}
          onCommit={(percent) => set({ weeklyDecay: percent / 100 })}
        />
        <NumberInput label="Floor once engaged (points)" value={behaviour.floor} validate={validatePoints} onCommit={(floor) => set({ floor })} />
        <NumberInput label="Reset after days without activity" value={behaviour.resetAfterDays} validate={(t) => validateAtLeast(t, 0)} onCommit={(resetAfterDays) => set({ resetAfterDays })} />
      </div>
    </>
  );
}
