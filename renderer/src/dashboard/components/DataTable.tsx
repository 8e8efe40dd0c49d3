import type { DashboardTable } from '../../../../core/dashboard/dashboardTables';
import { formatCell } from '../utils/formatCell';

/** A chart's numbers as a table: the first column names the row, the others are figures. */
export function DataTable({ table }: { table: DashboardTable }) {
  return (
    <table className="dashboard-table">
      <caption className="visually-hidden">{table.title}</caption>
      <thead>
        <tr>
          {table.columns.map((column) => (
            <th key={column.label} scope="col">
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.length === 0 ? (
          <tr>
            <td colSpan={table.columns.length}>Nothing in this period.</td>
          </tr>
        ) : (
          table.rows.map((row, r) => (
            <tr key={`${String(row[0])}-${r}`}>
              {table.columns.map((column, c) =>
                c === 0 ? (
                  <th key={column.label} scope="row">
                    {formatCell(row[c] ?? null, column.format)}
                  </th>
                ) : (
                  <td key={column.label} className={column.format === 'text' ? 'text-cell' : undefined}>
                    {formatCell(row[c] ?? null, column.format)}
                  </td>
                ),
              )}
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
