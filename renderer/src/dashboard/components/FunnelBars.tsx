import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { FunnelStep } from '../../../../core/dashboard/stageFunnel';
import { rateLabel } from '../utils/formatCell';

const stageColours = ['#c9ced6', '#8fb8f5', '#5a9bf0', '#1f6feb', '#1a56b8', '#2da44e'];

/** Leads that reached each stage as narrowing bars, each labelled with the rate from the stage before. */
export function FunnelBars({ steps }: { steps: readonly FunnelStep[] }) {
  const data = steps.map((s, i) => ({
    label: s.name,
    reached: s.reached,
    fill: stageColours[i % stageColours.length] as string,
    rate: i === 0 ? '' : `${s.reached.toLocaleString()} · ${rateLabel(s.rateFromPrevious) || '—'}${s.meetsTarget === false ? ' (below target)' : ''}`,
  }));
  return (
    <ResponsiveContainer width="100%" height={Math.max(200, data.length * 40 + 40)}>
      <BarChart data={data} layout="vertical" margin={{ top: 8, right: 120, bottom: 8, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid horizontal={false} stroke="#e6e9ee" />
        <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
        <YAxis type="category" dataKey="label" width={140} interval={0} tick={{ fontSize: 12 }} />
        <Tooltip formatter={(value) => [typeof value === 'number' ? value.toLocaleString() : String(value), 'Reached']} />
        <Bar dataKey="reached" name="Reached" isAnimationActive={false}>
          <LabelList dataKey="rate" position="right" style={{ fontSize: 12, fill: '#3b4350' }} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
