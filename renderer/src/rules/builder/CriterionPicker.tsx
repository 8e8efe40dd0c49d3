import { criteriaCatalogue, criteriaGroups } from '../../../../core/rules/criteriaCatalogue';

export const customFieldChoice = 'customFields.';

interface CriterionPickerProps {
  label: string;
  value: string;
  describedBy: string;
  onChange(criterionId: string): void;
}

/** Every criterion, grouped G1–G5 and Workflow as in seed 002; each option's tooltip is its title. */
export function CriterionPicker({ label, value, describedBy, onChange }: CriterionPickerProps) {
  const selected = value.startsWith(customFieldChoice) ? customFieldChoice : value;
  return (
    <select aria-label={label} aria-describedby={describedBy} value={selected} onChange={(event) => onChange(event.target.value)}>
      {selected === '' ? (
        <option value="" disabled>
          Choose a criterion…
        </option>
      ) : null}
      {criteriaGroups.map((group) => (
        <optgroup key={group.id} label={`${group.id === 'Workflow' ? '' : `${group.id} · `}${group.label}`}>
          {criteriaCatalogue
            .filter((criterion) => criterion.group === group.id)
            .map((criterion) => (
              <option key={criterion.id} value={criterion.id} title={criterion.tooltip}>
                {criterion.label}
              </option>
            ))}
        </optgroup>
      ))}
      <optgroup label="Custom fields">
        <option value={customFieldChoice}>Custom field…</option>
      </optgroup>
    </select>
  );
}
