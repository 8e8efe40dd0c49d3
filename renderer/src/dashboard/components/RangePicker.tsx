import { useId } from 'react';
import { rangePresetLabels, rangePresets } from '../../../../core/dashboard/dateRange';
import type { DashboardRange, RangeChoice } from '../hooks/useDashboardRange';

/** Period presets and custom From/To days; typing a day switches to Custom. */
export function RangePicker({ range }: { range: DashboardRange }) {
  const problemId = useId();
  const invalid = range.problem !== null;
  return (
    <div className="toolbar dashboard-range" role="group" aria-label="Dashboard period">
      <label>
        Period{' '}
        <select value={range.preset} onChange={(e) => range.choosePreset(e.target.value as RangeChoice)}>
          {rangePresets.map((preset) => (
            <option key={preset} value={preset}>
              {rangePresetLabels[preset]}
            </option>
          ))}
          <option value="custom">Custom</option>
        </select>
      </label>
      <label>
        From{' '}
        <input
          type="date"
          value={range.days.from ?? ''}
          aria-invalid={invalid}
          aria-describedby={invalid ? problemId : undefined}
          onChange={(e) => range.setDays({ from: e.target.value === '' ? null : e.target.value, to: range.days.to })}
        />
      </label>
      <label>
        To{' '}
        <input
          type="date"
          value={range.days.to ?? ''}
          aria-invalid={invalid}
          aria-describedby={invalid ? problemId : undefined}
          onChange={(e) => range.setDays({ from: range.days.from, to: e.target.value === '' ? null : e.target.value })}
        />
      </label>
      {invalid ? (
        <p id={problemId} className="field-error" role="alert">
          {range.problem} The charts still show {range.description}.
        </p>
      ) : null}
    </div>
  );
}
