import { Popover } from '../../ui/Popover';

interface FilterMenuProps<T extends string> {
  title: string;
  options: readonly T[];
  selected: readonly T[];
  labelFor?: (value: T) => string;
  onChange(values: T[]): void;
}

/** One facet filter (group, source, owner, temperature…): a checkbox list of the values. */
export function FilterMenu<T extends string>({ title, options, selected, labelFor = (v) => v, onChange }: FilterMenuProps<T>) {
  const count = selected.length;
  return (
    <Popover label={count ? `${title} (${count})` : title} ariaLabel={`Filter by ${title.toLowerCase()}`} className={count ? 'is-active' : ''}>
      <fieldset className="filter-options">
        <legend>{title}</legend>
        {options.length === 0 ? <p className="muted">No values yet</p> : null}
        {options.map((option) => (
          <label key={option} className="check">
            <input
              type="checkbox"
              checked={selected.includes(option)}
              onChange={(event) =>
                onChange(event.target.checked ? [...selected, option] : selected.filter((value) => value !== option))
              }
            />
            {labelFor(option) || '(none)'}
          </label>
        ))}
        {count ? (
          <button type="button" className="button-link" onClick={() => onChange([])}>
            Clear {title.toLowerCase()} filter
          </button>
        ) : null}
      </fieldset>
    </Popover>
  );
}
