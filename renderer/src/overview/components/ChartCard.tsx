import { useId, useState, type ReactNode } from 'react';
import type { ChartDatum } from '../utils/overviewCharts';
import { CountTable } from './CountTable';

interface ChartCardProps {
  title: string;
  category: string;
  rows: readonly ChartDatum[];
  total: number;
  /** One sentence on what the chart shows, read out instead of the drawing. */
  summary: string;
  children: ReactNode;
}

/**
 * A chart with its heading, total and the same numbers as a table. The table is always in the
 * page for assistive technology (visually hidden) and shown on screen with "Show as table".
 */
export function ChartCard({ title, category, rows, total, summary, children }: ChartCardProps) {
  const [showTable, setShowTable] = useState(false);
  const headingId = useId();
  const tableId = useId();
  return (
    <section className="card overview-card" aria-labelledby={headingId}>
      <header className="overview-card-header">
        <h2 id={headingId}>{title}</h2>
        <span className="overview-card-total">
          {total.toLocaleString()} {total === 1 ? 'lead' : 'leads'}
        </span>
        <button type="button" className="button-link" aria-expanded={showTable} aria-controls={tableId} onClick={() => setShowTable((v) => !v)}>
          {showTable ? 'Show as chart' : 'Show as table'}
        </button>
      </header>
      {showTable ? null : (
        <div className="overview-chart" role="img" aria-label={`${summary} The numbers are in the table “${title}”.`}>
          {children}
        </div>
      )}
      <div id={tableId} className={showTable ? 'overview-table' : 'visually-hidden'}>
        <CountTable caption={title} category={category} rows={rows} total={total} />
      </div>
    </section>
  );
}
