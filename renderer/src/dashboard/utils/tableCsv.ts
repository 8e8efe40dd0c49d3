import Papa from 'papaparse';
import { tableRecords, type DashboardTable } from '../../../../core/dashboard/dashboardTables';

/**
 * A chart's table as CSV (RFC 4180: commas, quotes doubled, CRLF line ends), with a byte-order
 * mark so spreadsheet programs read names with accents and arrows as UTF-8. Cells that start
 * like a formula (=, +, -, @) are quoted and prefixed with ' (CSV injection): group, source and
 * rule names are typed by people.
 */
export function tableCsv(table: DashboardTable): string {
  return `\uFEFF${Papa.unparse(tableRecords(table), { newline: '\r\n', escapeFormulae: true })}`;
}
