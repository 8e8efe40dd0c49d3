import { Popover } from '../../ui/Popover';
import { useLeadListStore } from '../state/useLeadListStore';
import { leadColumns } from '../utils/leadColumns';

/** Show or hide list columns (saved with a view). */
export function ColumnsMenu() {
  const hiddenColumns = useLeadListStore((state) => state.hiddenColumns);
  const toggleColumn = useLeadListStore((state) => state.toggleColumn);
  return (
    <Popover label="Columns" ariaLabel="Choose columns">
      <fieldset className="filter-options">
        <legend>Columns</legend>
        {leadColumns.map((column) => (
          <label key={column.id} className="check">
            <input
              type="checkbox"
              checked={!hiddenColumns.includes(column.id)}
              disabled={column.id === 'name'}
              onChange={() => toggleColumn(column.id)}
            />
            {column.label}
          </label>
        ))}
      </fieldset>
    </Popover>
  );
}
