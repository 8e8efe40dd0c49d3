import { Legend, Pie, PieChart, ResponsiveContainer, Tooltip } from 'recharts';
import type { ChartDatum } from '../utils/overviewCharts';

interface CountPieChartProps {
  data: readonly ChartDatum[];
  height?: number;
}

/** Lead counts as a ring, slices coloured by each datum's fill, labelled with their count. */
export function CountPieChart({ data, height = 300 }: CountPieChartProps) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <PieChart accessibilityLayer={false}>
        <Pie data={data.filter((d) => d.count > 0)} dataKey="count" nameKey="label" innerRadius="40%" outerRadius="70%" label isAnimationActive={false} />
        <Tooltip formatter={(value, label) => [typeof value === 'number' ? value.toLocaleString() : String(value), String(label)]} />
        <Legend iconType="circle" wrapperStyle={{ fontSize: 12 }} />
      </PieChart>
    </ResponsiveContainer>
  );
}
