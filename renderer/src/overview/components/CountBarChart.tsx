import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartDatum } from '../utils/overviewCharts';

interface CountBarChartProps {
  data: readonly ChartDatum[];
  /** Shown in the tooltip, e.g. "Leads". */
  name?: string;
  height?: number;
}

/** Lead counts as bars, one colour per bar (each datum's fill). No animation: it updates live. */
export function CountBarChart({ data, name = 'Leads', height = 240 }: CountBarChartProps) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={[...data]} margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke="#e6e9ee" />
        <XAxis dataKey="label" interval={0} tick={{ fontSize: 12 }} />
        <YAxis allowDecimals={false} width={48} tick={{ fontSize: 12 }} />
        <Tooltip formatter={(value) => [typeof value === 'number' ? value.toLocaleString() : String(value), name]} />
        <Bar dataKey="count" name={name} fill="#1f6feb" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
