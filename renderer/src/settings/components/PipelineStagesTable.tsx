import type { EngagementSettings } from '../../../../core/engagement/engagementSettings';
import type { EffectiveStage } from '../../../../core/settings/stageSettings';
import { stageSignalLabels } from '../utils/engagementEdits';

interface PipelineStagesTableProps {
  pipelineStages: EngagementSettings['pipelineStages'];
  stageTransitions: EngagementSettings['stageTransitions'];
  /** The customer stages with the seller's names. */
  customerStages: readonly EffectiveStage[];
}

/** Seed 000's pipeline stages and the transitions the app suggests; shown, not edited here. */
export function PipelineStagesTable({ pipelineStages, stageTransitions, customerStages }: PipelineStagesTableProps) {
  const customerStageName = (id: string | null): string => (id === null ? '—' : (customerStages.find((s) => s.id === id)?.name ?? id));
  const transitionsTo = (stage: number) => stageTransitions.filter((t) => t.pipelineStage === stage);
  // Nothing is warmer than HOT, so "or warmer" is said only below it.
  const condition = (t: EngagementSettings['stageTransitions'][number]): string =>
    `${t.minLevel === 'HOT' ? 'HOT' : `${t.minLevel} or warmer`} + ${stageSignalLabels[t.signal].toLowerCase()}`;
  return (
    <table className="settings-table">
      <caption className="visually-hidden">Pipeline stages</caption>
      <thead>
        <tr>
          <th scope="col">Stage</th>
          <th scope="col">Name</th>
          <th scope="col">Customer stage</th>
          <th scope="col">Suggested when</th>
        </tr>
      </thead>
      <tbody>
        {pipelineStages.map((p) => (
          <tr key={p.pipelineStage}>
            <td className="numeric">{p.pipelineStage}</td>
            <th scope="row">{p.name}</th>
            <td>{customerStageName(p.customerStage)}</td>
            <td>
              {transitionsTo(p.pipelineStage).length === 0
                ? '—'
                : transitionsTo(p.pipelineStage)
                    .map(condition)
                    .join('; ')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
