import type { DashboardFigures } from './dashboardFigures';
import { openRateTarget } from './emailMetrics';

/**
 * Each chart's numbers as one table: the table shown instead of the chart ("Show as table", and
 * always to screen readers) and the CSV export are the same rows, so they cannot disagree.
 */

export const dashboardChartIds = [
  'leads-by-group',
  'leads-by-source',
  'score-distribution',
  'temperature',
  'stage-funnel',
  'source-effectiveness',
  'email-metrics',
  'rule-performance',
] as const;
export type DashboardChartId = (typeof dashboardChartIds)[number];

export const dashboardChartTitles: Readonly<Record<DashboardChartId, string>> = {
  'leads-by-group': 'Leads by group',
  'leads-by-source': 'Leads by source',
  'score-distribution': 'Score distribution',
  temperature: 'Temperature',
  'stage-funnel': 'Funnel by customer stage',
  'source-effectiveness': 'Source effectiveness',
  'email-metrics': 'Email metrics',
  'rule-performance': 'Rule performance',
};

/** How a cell reads: counts whole, percents from a fraction, scores to one decimal, times as instants. */
export type CellFormat = 'text' | 'count' | 'percent' | 'score' | 'datetime';
export type Cell = string | number | null;

export interface TableColumn {
  label: string;
  format: CellFormat;
}

export interface DashboardTable {
  id: DashboardChartId;
  title: string;
  columns: TableColumn[];
  rows: Cell[][];
}

/** Names in the seller's words (renames followed). */
export interface TableLabels {
  groupLabel(id: string): string;
  temperatureLabel(id: string): string;
}

/** How a lead with no source reads. */
export const noSourceLabel = 'Not recorded';
const sourceName = (source: string) => (source === '' ? noSourceLabel : source);

const text = (label: string): TableColumn => ({ label, format: 'text' });
const count = (label: string): TableColumn => ({ label, format: 'count' });
const percent = (label: string): TableColumn => ({ label, format: 'percent' });

function table(id: DashboardChartId, columns: TableColumn[], rows: Cell[][]): DashboardTable {
  return { id, title: dashboardChartTitles[id], columns, rows };
}

export function dashboardTables(figures: DashboardFigures, labels: TableLabels): Record<DashboardChartId, DashboardTable> {
  const { overview, funnel, email } = figures;
  const total = figures.leads;
  const share = (n: number): number | null => (total > 0 ? n / total : null);
  return {
    'leads-by-group': table(
      'leads-by-group',
      [text('Group'), count('Leads'), percent('Share')],
      overview.groups.map((g) => [labels.groupLabel(g.group), g.count, share(g.count)]),
    ),
    'leads-by-source': table(
      'leads-by-source',
      [text('Source'), count('Leads'), percent('Share')],
      figures.sources.map((s) => [sourceName(s.source), s.count, share(s.count)]),
    ),
    'score-distribution': table(
      'score-distribution',
      [text('Score'), count('Leads'), percent('Share')],
      overview.scoreBuckets.map((b) => [b.label, b.count, share(b.count)]),
    ),
    temperature: table(
      'temperature',
      [text('Temperature'), count('Leads'), percent('Share')],
      overview.temperatures.map((t) => [labels.temperatureLabel(t.temperature), t.count, share(t.count)]),
    ),
    'stage-funnel': table(
      'stage-funnel',
      [text('Stage'), count('At this stage'), count('Reached'), percent('Conversion from previous stage'), text('Seed 001 target'), text('Meets target')],
      funnel.steps.map((s) => [
        s.name,
        s.atStage,
        s.reached,
        s.rateFromPrevious,
        s.target ? `${s.target.label} >${Math.round(s.target.rate * 100)}%` : null,
        s.meetsTarget === null ? null : s.meetsTarget ? 'Yes' : 'No',
      ]),
    ),
    'source-effectiveness': table(
      'source-effectiveness',
      [text('Source'), count('Leads'), count('Qualified'), count('Customers'), percent('Qualified rate'), percent('Conversion rate'), { label: 'Average score', format: 'score' }],
      figures.sourceEffects.map((s) => [sourceName(s.source), s.leads, s.qualified, s.customers, s.qualificationRate, s.conversionRate, s.averageScore]),
    ),
    'email-metrics': table('email-metrics', [text('Metric'), count('Emails'), percent('Rate'), text('Rate of')], [
      ['Drafted', email.drafted, null, null],
      ['Approved', email.approved, email.approvalRate, 'drafted'],
      ['Sent', email.sent, null, null],
      ['Opened', email.opened, email.openRate, `sent (seed 001 target >${Math.round(openRateTarget * 100)}%)`],
      ['Replied', email.replied, email.replyRate, 'sent'],
      ['Bounced', email.bounced, email.bounceRate, 'sent'],
    ]),
    'rule-performance': table(
      'rule-performance',
      [text('Rule'), text('Status'), count('Fired in period'), count('Fired in all'), count('Leads acted on'), { label: 'Last fired', format: 'datetime' }],
      figures.rules.map((r) =>
        r.deleted
          ? [r.name, 'Deleted', r.firedInRange, null, null, null]
          : [r.name, r.enabled ? 'On' : 'Off', r.firedInRange, r.timesFired, r.leadsAffected, r.lastFiredAt],
      ),
    ),
  };
}

/** One cell as CSV text: counts whole, percents as a number with one decimal, instants in ISO 8601 (UTC), empty for none. */
export function csvCell(cell: Cell, format: CellFormat): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if (!Number.isFinite(cell)) return '';
  switch (format) {
    case 'count':
      return String(Math.round(cell));
    case 'percent':
      return (cell * 100).toFixed(1);
    case 'score':
      return cell.toFixed(1);
    case 'datetime':
      return new Date(cell).toISOString();
    case 'text':
      return String(cell);
  }
}

/** The header (percent columns say "(%)") and every row as text, ready for a CSV writer. */
export function tableRecords(t: DashboardTable): string[][] {
  const header = t.columns.map((c) => (c.format === 'percent' ? `${c.label} (%)` : c.format === 'datetime' ? `${c.label} (UTC)` : c.label));
  return [header, ...t.rows.map((row) => t.columns.map((column, i) => csvCell(row[i] ?? null, column.format)))];
}

/** "lead-center-leads-by-group-2025-06-01-to-2025-06-30.csv". */
export function csvFileName(id: DashboardChartId, rangeLabel: string): string {
  return `lead-center-${id}-${rangeLabel}.csv`;
}
