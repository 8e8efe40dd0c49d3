import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartDatum } from '../utils/overviewCharts';

interface CountBarChartProps {
  data: readonly ChartDatum[];
  /** Shown in the tooltip, e.g. "Leads". */
  name?: string;
  /** 'rows': one horizontal bar per value, for long labels such as group names. */
  orientation?: 'columns' | 'rows';
}

const formatCount = (value: unknown): string => (typeof value === 'number' ? value.toLocaleString() : String(value));

/** Lead counts as bars, one colour per bar (each datum's fill). No animation: it updates live. */
export function CountBarChart({ data, name = 'Leads', orientation = 'columns' }: CountBarChartProps) {
  const rows = orientation === 'rows';
  const height = rows ? Math.max(160, data.length * 30 + 40) : 240;
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart
        data={[...data]}
        layout={rows ? 'vertical' : 'horizontal'}
        margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid vertical={rows} horizontal={!rows} stroke="#e6e9ee" />
        {rows ? (
          <>
            <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
            <YAxis type="category" dataKey="label" width={190} interval={0} tick={{ fontSize: 12 }} />
          </>
        ) : (
          <>
            <XAxis dataKey="label" interval={0} tick={{ fontSize: 12 }} />
            <YAxis allowDecimals={false} width={48} tick={{ fontSize: 12 }} />
          </>
        )}
        <Tooltip formatter={(value) => [formatCount(value), name]} />
        <Bar dataKey="count" name={name} fill="#1f6feb" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
