import type { LeadOverview } from '../../../../core/list/leadOverview';
import { engagementLabel, temperatureLabel } from '../../leads/utils/levelLabels';

/** One bar or pie slice, and one row of the table that stands in for the chart. */
export interface ChartDatum {
  key: string;
  label: string;
  count: number;
  fill: string;
}

const groupPalette = ['#1f6feb', '#2da44e', '#bf8700', '#8250df', '#cf222e', '#1b7c83', '#bc4c00', '#6e7781', '#116329', '#953800'];

const temperatureColours: Record<string, string> = { hot: '#c0392b', warm: '#e67e22', cool: '#2e86de', cold: '#7f8c8d' };

const engagementColours: Record<string, string> = {
  HOT: '#c0392b',
  WARM: '#e67e22',
  INTERESTED: '#2e86de',
  COLD: '#7f8c8d',
  UNRESPONSIVE: '#5b4a6e',
  'not-assessed': '#c9ced6',
};

/** Chart rows of an overview: labels in the seller's words, one colour per value. */
export function overviewCharts(overview: LeadOverview, groupLabel: (id: string) => string) {
  return {
    groups: overview.groups.map(
      (g, index): ChartDatum => ({ key: g.group, label: groupLabel(g.group), count: g.count, fill: groupPalette[index % groupPalette.length] as string }),
    ),
    scores: overview.scoreBuckets.map((b): ChartDatum => ({ key: String(b.from), label: b.label, count: b.count, fill: '#1f6feb' })),
    temperatures: overview.temperatures.map(
      (t): ChartDatum => ({ key: t.temperature, label: temperatureLabel(t.temperature), count: t.count, fill: temperatureColours[t.temperature] ?? '#7f8c8d' }),
    ),
    engagementLevels: overview.engagementLevels.map(
      (e): ChartDatum => ({ key: e.level, label: engagementLabel(e.level), count: e.count, fill: engagementColours[e.level] ?? '#7f8c8d' }),
    ),
  };
}
