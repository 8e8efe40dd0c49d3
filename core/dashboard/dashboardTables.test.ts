import { describe, expect, it } from 'vitest';
import { listRow } from '../../tests/fixtures/listRow';
import { customerStages } from '../reference/customerStages';
import { dashboardFigures } from './dashboardFigures';
import { csvCell, csvFileName, dashboardChartIds, dashboardTables, tableRecords } from './dashboardTables';

const stages = customerStages.map(({ id, name, order }) => ({ id, name, order }));
const labels = { groupLabel: (id: string) => (id === 'qualified' ? 'Ready to buy' : id), temperatureLabel: (t: string) => t.toUpperCase() };

function figures() {
  return dashboardFigures({
    rows: [
      listRow('1', { group: 'qualified', sourceChannel: 'Events', stage: 'confirmed_leads', score: 72.25, temperature: 'hot' }),
      listRow('2', { group: 'untouched', stage: 'initial_contact', score: 30 }),
      listRow('3', { group: 'untouched', sourceChannel: 'Events', score: 10 }),
    ],
    range: { from: null, to: null },
    stages,
    emails: [
      { createdAt: 1, approvedAt: 2 },
      { createdAt: 1, approvedAt: null },
    ],
    emailEvents: { sent: 4, opened: 1, replied: 1, bounced: 0 },
    rules: [{ id: 'r1', name: 'Welcome, "new" leads', enabled: true, timesFired: 9, leadsAffected: 7, lastFiredAt: Date.UTC(2025, 5, 1, 8) }],
    ruleFirings: new Map([
      ['r1', 3],
      ['r0', 1],
    ]),
    ruleNameOfDeleted: () => 'Old rule',
  });
}

describe('dashboardTables', () => {
  const tables = dashboardTables(figures(), labels);

  it('has one table per chart, every row as wide as its columns', () => {
    expect(Object.keys(tables).sort()).toEqual([...dashboardChartIds].sort());
    for (const t of Object.values(tables)) for (const row of t.rows) expect(row).toHaveLength(t.columns.length);
  });

  it('writes CSV records in the seller’s words, percents with one decimal, instants in ISO', () => {
    expect(tableRecords(tables['leads-by-group'])).toEqual([
      ['Group', 'Leads', 'Share (%)'],
      ['untouched', '2', '66.7'],
      ['Ready to buy', '1', '33.3'],
    ]);
    expect(tableRecords(tables['leads-by-source'])).toEqual([
      ['Source', 'Leads', 'Share (%)'],
      ['Events', '2', '66.7'],
      ['Not recorded', '1', '33.3'],
    ]);
    expect(tableRecords(tables.temperature).slice(0, 2)).toEqual([
      ['Temperature', 'Leads', 'Share (%)'],
      ['HOT', '1', '33.3'],
    ]);
    expect(tableRecords(tables['stage-funnel'])).toEqual([
      ['Stage', 'At this stage', 'Reached', 'Conversion from previous stage (%)', 'Seed 001 target', 'Meets target'],
      ['Unknown', '1', '3', '', '', ''],
      ['Initial Contact', '1', '2', '66.7', '', ''],
      ['Primary Leads', '0', '1', '50.0', 'Lead → MQL >20%', 'Yes'],
      ['Intentional Leads', '0', '1', '100.0', 'MQL → SQL >30%', 'Yes'],
      ['Confirmed Leads', '1', '1', '100.0', 'SQL → Opportunity >50%', 'Yes'],
      ['Closed Customers', '0', '0', '0.0', 'Opportunity → Customer >25%', 'No'],
    ]);
    expect(tableRecords(tables['source-effectiveness'])).toEqual([
      ['Source', 'Leads', 'Qualified', 'Customers', 'Qualified rate (%)', 'Conversion rate (%)', 'Average score'],
      ['Events', '2', '1', '0', '50.0', '0.0', '41.1'],
      ['Not recorded', '1', '0', '0', '0.0', '0.0', '30.0'],
    ]);
    expect(tableRecords(tables['email-metrics'])).toEqual([
      ['Metric', 'Emails', 'Rate (%)', 'Rate of'],
      ['Drafted', '2', '', ''],
      ['Approved', '1', '50.0', 'drafted'],
      ['Sent', '4', '', ''],
      ['Opened', '1', '25.0', 'sent (seed 001 target >25%)'],
      ['Replied', '1', '25.0', 'sent'],
      ['Bounced', '0', '0.0', 'sent'],
    ]);
    expect(tableRecords(tables['rule-performance'])).toEqual([
      ['Rule', 'Status', 'Fired in period', 'Fired in all', 'Leads acted on', 'Last fired (UTC)'],
      ['Welcome, "new" leads', 'On', '3', '9', '7', '2025-06-01T08:00:00.000Z'],
      ['Old rule', 'Deleted', '1', '', '', ''],
    ]);
  });

  it('has empty rows (headers only) when there is nothing, and shares of nothing are empty', () => {
    const empty = dashboardTables(
      dashboardFigures({ rows: [], range: { from: null, to: null }, stages, emails: [], emailEvents: { sent: 0, opened: 0, replied: 0, bounced: 0 }, rules: [], ruleFirings: new Map() }),
      labels,
    );
    expect(tableRecords(empty['leads-by-group'])).toEqual([['Group', 'Leads', 'Share (%)']]);
    expect(tableRecords(empty['score-distribution'])[1]).toEqual(['0–9', '0', '']);
    expect(tableRecords(empty['rule-performance'])).toHaveLength(1);
  });

  it('formats odd cells safely and names files after the chart and period', () => {
    expect(csvCell(Number.NaN, 'count')).toBe('');
    expect(csvCell(null, 'percent')).toBe('');
    expect(csvCell(2.5, 'count')).toBe('3');
    expect(csvCell(7, 'text')).toBe('7');
    expect(csvFileName('stage-funnel', '2025-06-01-to-2025-06-30')).toBe('lead-center-stage-funnel-2025-06-01-to-2025-06-30.csv');
  });
});
