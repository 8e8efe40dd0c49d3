import type { ScoringModel } from '../../../../core/scoring/scoringModel';
import { bandsProblem, validateAtLeast } from '../utils/validateNumbers';
import { NumberInput } from './NumberInput';
import { FieldError } from '../../ui/FieldError';

type Bands = ScoringModel['bands'];

const temperatureNames: Record<Bands[number]['temperature'], string> = { hot: 'Hot', warm: 'Warm', cool: 'Cool', cold: 'Cold' };

/** Temperature band thresholds: highest first, each below the one above, the last from 0. */
export function BandsEditor({ bands, onChange }: { bands: Bands; onChange(bands: Bands): void }) {
  const problem = bandsProblem(bands.map((b) => b.min));
  return (
    <div>
      <div className="settings-fields">
        {bands.map((b, i) => (
          <NumberInput
            key={b.temperature}
            label={`${temperatureNames[b.temperature]} from score`}
            value={b.min}
            validate={(t) => validateAtLeast(t, 0, 100)}
            onCommit={(min) => onChange(bands.map((x, j) => (j === i ? { ...x, min } : x)))}
          />
        ))}
      </div>
      <FieldError message={problem === null ? null : `Temperature bands: ${problem}.`} />
    </div>
  );
}
