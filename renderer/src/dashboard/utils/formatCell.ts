import type { Cell, CellFormat } from '../../../../core/dashboard/dashboardTables';
import { formatDateTime } from '../../ui/formatDateTime';

/** A table cell on screen: counts with separators, "25.0%", scores to one decimal, "—" for none. */
export function formatCell(cell: Cell, format: CellFormat): string {
  if (cell === null || (typeof cell === 'number' && !Number.isFinite(cell))) return '—';
  if (typeof cell === 'string') return cell;
  switch (format) {
    case 'count':
      return Math.round(cell).toLocaleString();
    case 'percent':
      return `${(cell * 100).toFixed(1)}%`;
    case 'score':
      return cell.toFixed(1);
    case 'datetime':
      return formatDateTime(cell);
    case 'text':
      return String(cell);
  }
}

/** A rate for a chart label: "66.7%", or "" when there is none. */
export function rateLabel(rate: number | null): string {
  return rate === null ? '' : `${(rate * 100).toFixed(1)}%`;
}
