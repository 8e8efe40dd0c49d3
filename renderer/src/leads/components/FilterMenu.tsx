import { Popover } from '../../ui/Popover';

interface FilterMenuProps {
  title: string;
  options: readonly string[];
  selected: readonly string[];
  labelFor?: (value: string) => string;
  onChange(values: string[]): void;
}

/** One facet filter (group, source, tag, country): a checkbox list of the values present. */
export function FilterMenu({ title, options, selected, labelFor = (v) => v, onChange }: FilterMenuProps) {
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
