import type { ChartDatum } from '../utils/overviewCharts';
import { percentOf } from '../utils/percentOf';

interface CountTableProps {
  caption: string;
  /** Header of the first column, e.g. "Group". */
  category: string;
  rows: readonly ChartDatum[];
  total: number;
}

/** The numbers behind a chart, readable without it (screen readers, "Show as table"). */
export function CountTable({ caption, category, rows, total }: CountTableProps) {
  return (
    <table className="count-table">
      {/* The card shows the same words as its heading; the caption names the table for screen readers. */}
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{category}</th>
          <th scope="col">Leads</th>
          <th scope="col">Share</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">
              <span className="swatch" style={{ background: row.fill }} aria-hidden="true" />
              {row.label}
            </th>
            <td>{row.count.toLocaleString()}</td>
            <td>{percentOf(row.count, total)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Total</th>
          <td data-testid="table-total">{total.toLocaleString()}</td>
          <td>{total > 0 ? '100%' : '—'}</td>
        </tr>
      </tfoot>
    </table>
  );
}
