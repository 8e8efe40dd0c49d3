import { useId, useState, type ReactNode } from 'react';
import { csvFileName, type DashboardTable } from '../../../../core/dashboard/dashboardTables';
import { downloadCsv } from '../utils/downloadCsv';
import { tableCsv } from '../utils/tableCsv';
import { DataTable } from './DataTable';

interface DashboardCardProps {
  table: DashboardTable;
  /** A line under the title: the total, or what the figures count. */
  note: string;
  /** One sentence on what the chart shows, read out instead of the drawing. */
  summary: string;
  /** Shown instead of the chart when there is nothing to draw; null when there is. */
  empty: string | null;
  /** The period in the CSV's file name. */
  fileLabel: string;
  wide?: boolean;
  /** What the figures count, in a sentence under the chart. */
  footnote?: string;
  children: ReactNode;
}

/**
 * A chart with its title, its numbers as a table (on screen with "Show as table", always there
 * for screen readers) and "Export CSV", which saves exactly the rows of that table.
 */
export function DashboardCard({ table, note, summary, empty, fileLabel, wide = false, footnote, children }: DashboardCardProps) {
  const [showTable, setShowTable] = useState(false);
  const headingId = useId();
  const tableId = useId();
  return (
    <section className={`card dashboard-card${wide ? ' dashboard-card-wide' : ''}`} aria-labelledby={headingId} data-chart={table.id}>
      <header className="dashboard-card-header">
        <h2 id={headingId}>{table.title}</h2>
        <span className="dashboard-card-note">{note}</span>
        <button type="button" className="button-link" aria-expanded={showTable} aria-controls={tableId} onClick={() => setShowTable((v) => !v)}>
          {showTable ? 'Show as chart' : 'Show as table'}
        </button>
        <button type="button" className="button-link" aria-label={`Export ${table.title} as CSV`} onClick={() => downloadCsv(csvFileName(table.id, fileLabel), tableCsv(table))}>
          Export CSV
        </button>
      </header>
      {showTable ? null : empty !== null ? (
        <p className="dashboard-empty">{empty}</p>
      ) : (
        <div className="dashboard-chart" role="img" aria-label={`${summary} The numbers are in the table “${table.title}”.`}>
          {children}
        </div>
      )}
      <div id={tableId} className={showTable ? 'dashboard-table-wrap' : 'visually-hidden'}>
        <DataTable table={table} />
      </div>
      {footnote ? <p className="dashboard-footnote">{footnote}</p> : null}
    </section>
  );
}
