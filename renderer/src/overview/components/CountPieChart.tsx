import { Pie, PieChart, ResponsiveContainer, Tooltip } from 'recharts';
import type { ChartDatum } from '../utils/overviewCharts';

interface CountPieChartProps {
  data: readonly ChartDatum[];
  height?: number;
}

/** Lead counts as a pie, slices coloured by each datum's fill and labelled with their count. */
export function CountPieChart({ data, height = 240 }: CountPieChartProps) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <PieChart accessibilityLayer={false}>
        <Pie data={data.filter((d) => d.count > 0)} dataKey="count" nameKey="label" innerRadius="45%" outerRadius="80%" label isAnimationActive={false} />
        <Tooltip formatter={(value, label) => [typeof value === 'number' ? value.toLocaleString() : String(value), String(label)]} />
      </PieChart>
    </ResponsiveContainer>
  );
}
