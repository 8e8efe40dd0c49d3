import type { LedgerLine } from '../../../../core/scoring/scoreLead';
import { formatContribution, formatPoints, type LedgerGroup } from '../utils/ledgerGroups';

interface ScoreLedgerTableProps {
  id: string;
  groups: readonly LedgerGroup[];
  showAll: boolean;
}

function LedgerRow({ line }: { line: LedgerLine }) {
  const tone = line.contribution < 0 ? 'ld-negative' : line.contribution > 0 ? '' : 'ld-silent';
  return (
    <tr className={tone} data-testid="ledger-line" data-criterion={line.criterionId}>
      <th scope="row">{line.name}</th>
      <td className="ld-num">
        {formatPoints(line.achieved)} / {formatPoints(line.max)}
      </td>
      <td className="ld-num">×{formatPoints(line.weight)}</td>
      <td className="ld-num">{formatContribution(line.contribution)}</td>
      <td className="ld-reason">{line.reason}</td>
    </tr>
  );
}

/** The per-criterion ledger: one row group per criteria group, silent lines only when asked for. */
export function ScoreLedgerTable({ id, groups, showAll }: ScoreLedgerTableProps) {
  return (
    <table id={id} className="ld-ledger" aria-label="Score ledger">
      <thead>
        <tr>
          <th scope="col">Criterion</th>
          <th scope="col" className="ld-num">
            Points
          </th>
          <th scope="col" className="ld-num">
            Weight
          </th>
          <th scope="col" className="ld-num" title="Score points (of 100) this line adds">
            Adds
          </th>
          <th scope="col">Why</th>
        </tr>
      </thead>
      {groups.map((g) => {
        const lines = showAll ? [...g.scoring, ...g.silent] : g.scoring;
        return (
          <tbody key={g.group}>
            <tr className="ld-group-row">
              <th scope="rowgroup" colSpan={3}>
                {g.title}
              </th>
              <td className="ld-num">{formatContribution(g.contribution)}</td>
              <td className="muted">{lines.length === 0 ? `${g.silent.length} criteria without points` : ''}</td>
            </tr>
            {lines.map((line) => (
              <LedgerRow key={line.criterionId} line={line} />
            ))}
          </tbody>
        );
      })}
    </table>
  );
}
