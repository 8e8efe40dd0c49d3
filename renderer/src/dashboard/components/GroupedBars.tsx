import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface BarSeries {
  key: string;
  name: string;
  colour: string;
}

interface GroupedBarsProps {
  data: readonly ({ label: string } & Record<string, string | number>)[];
  series: readonly BarSeries[];
  /** 'rows': one horizontal group per item, for long names (sources, rules). */
  orientation?: 'columns' | 'rows';
}

const formatCount = (value: unknown): string => (typeof value === 'number' ? value.toLocaleString() : String(value));

/** Several counts per item side by side (leads, qualified, customers per source…). No animation: it updates live. */
export function GroupedBars({ data, series, orientation = 'columns' }: GroupedBarsProps) {
  const rows = orientation === 'rows';
  const height = rows ? Math.max(180, data.length * (14 * series.length + 14) + 60) : 260;
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={[...data]} layout={rows ? 'vertical' : 'horizontal'} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid vertical={rows} horizontal={!rows} stroke="#e6e9ee" />
        {rows ? (
          <>
            <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
            <YAxis type="category" dataKey="label" width={170} interval={0} tick={{ fontSize: 12 }} />
          </>
        ) : (
          <>
            <XAxis dataKey="label" interval={0} tick={{ fontSize: 12 }} />
            <YAxis allowDecimals={false} width={48} tick={{ fontSize: 12 }} />
          </>
        )}
        <Tooltip formatter={(value, name) => [formatCount(value), String(name)]} />
        {series.length > 1 ? <Legend wrapperStyle={{ fontSize: 12 }} /> : null}
        {series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.colour} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
