import { describe, expect, it } from 'vitest';
import type { DashboardTable } from '../../../../core/dashboard/dashboardTables';
import { tableCsv } from './tableCsv';

const table: DashboardTable = {
  id: 'rule-performance',
  title: 'Rule performance',
  columns: [
    { label: 'Rule', format: 'text' },
    { label: 'Fired in period', format: 'count' },
    { label: 'Rate', format: 'percent' },
  ],
  rows: [
    ['Welcome, "new" leads', 3, 0.5],
    ['=HYPERLINK("x")', 0, null],
    ['Line\nbreak', 12, 1 / 3],
  ],
};

describe('tableCsv', () => {
  it('writes RFC 4180 CSV with a BOM, quoting what needs it and defusing formulas', () => {
    expect(tableCsv(table)).toBe(
      '\uFEFFRule,Fired in period,Rate (%)\r\n"Welcome, ""new"" leads",3,50.0\r\n"\'=HYPERLINK(""x"")",0,\r\n"Line\nbreak",12,33.3',
    );
  });

  it('is the header alone for a table with no rows', () => {
    expect(tableCsv({ ...table, rows: [] })).toBe('\uFEFFRule,Fired in period,Rate (%)');
  });
});
