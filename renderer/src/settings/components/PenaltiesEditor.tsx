import type { StatusPenalty } from '../../../../core/scoring/scoringModel';
import { validatePenalty } from '../utils/validateNumbers';
import { NumberInput } from './NumberInput';

interface PenaltiesEditorProps {
  penalties: readonly StatusPenalty[];
  onChange(penalties: StatusPenalty[]): void;
}

/** Score points taken off for a lead's status (spam, blocked, not interested, unsubscribed). */
export function PenaltiesEditor({ penalties, onChange }: PenaltiesEditorProps) {
  return (
    <div className="settings-fields">
      {penalties.map((p) => (
        <NumberInput
          key={p.id}
          label={`${p.label} (score points)`}
          value={p.points}
          validate={validatePenalty}
          onCommit={(points) => onChange(penalties.map((x) => (x.id === p.id ? { ...x, points } : x)))}
        />
      ))}
    </div>
  );
}
