import { createColumnHelper, flexRender, getCoreRowModel, getSortedRowModel, useReactTable, type SortingState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { criteriaUsage } from '../../../../core/rules/criteriaCatalogue';
import { criterionGroups, type ScoringCriterion } from '../../../../core/scoring/scoringModel';
import { useRules } from '../../rules/hooks/useRules';
import { criteriaGroupNames } from '../utils/criteriaGroups';
import { formatShare, sharePercent, weightedMax } from '../utils/criterionShares';
import { dataTypeLabel, evaluationDescription } from '../utils/dataTypeLabel';
import { problemAt, type SettingsProblems } from '../utils/settingsProblems';
import { validateMaxPoints, validatePoints, validateWeight } from '../utils/validateNumbers';
import { NumberInput } from './NumberInput';

interface CriteriaTableProps {
  criteria: readonly ScoringCriterion[];
  /** Maximum weighted points of the whole model (for each criterion's share). */
  maxWeighted: number;
  groupShares: Record<ScoringCriterion['group'], number>;
  problems: SettingsProblems;
  onChange(id: string, patch: Partial<ScoringCriterion>): void;
}

const column = createColumnHelper<ScoringCriterion>();

/** Seed 002's criteria table, grouped G1–G5, sortable within groups, edited in place. */
export function CriteriaTable({ criteria, maxWeighted, groupShares, problems, onChange }: CriteriaTableProps) {
  const [sorting, setSorting] = useState<SortingState>([]);
  const rules = useRules();
  // Enabled rules that test each scoring criterion (null while the rules are read).
  const usage = useMemo(() => (rules === null ? null : criteriaUsage(rules.map((summary) => summary.rule))), [rules]);
  const indexOf = useMemo(() => new Map(criteria.map((c, i) => [c.id, i])), [criteria]);
  const problem = (id: string, key: string): string | undefined => problemAt(problems, `criteria.${indexOf.get(id) ?? -1}.${key}`);

  const columns = useMemo(
    () => [
      column.accessor('name', { header: 'Criterion' }),
      column.accessor((c) => dataTypeLabel(c.evaluation), { id: 'dataType', header: 'Data type' }),
      column.accessor('informationPoints', { header: 'Information points' }),
      column.accessor('evaluationPoints', { header: 'Evaluation points' }),
      column.accessor('maxPoints', { header: 'Max points' }),
      column.accessor('weight', { header: 'Weight' }),
      column.accessor((c) => (c.enabled ? 1 : 0), { id: 'enabled', header: 'Enabled' }),
      column.accessor((c) => weightedMax(c), { id: 'share', header: 'Share of maximum' }),
      column.display({ id: 'usage', header: 'Used by rules', enableSorting: false }),
    ],
    [],
  );

  // eslint-disable-next-line react-hooks/incompatible-library -- the table re-renders with every draft change anyway
  const table = useReactTable({
    data: criteria as ScoringCriterion[],
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    // Numbers sort low to high first too: one rule for every column.
    sortDescFirst: false,
    getRowId: (c) => c.id,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });

  const rows = table.getRowModel().rows;
  const headers = table.getHeaderGroups()[0]?.headers ?? [];

  return (
    <table className="settings-table criteria-table">
      <caption className="visually-hidden">Scoring criteria, grouped G1 to G5. Sort by a column with its header button.</caption>
      <thead>
        <tr>
          {headers.map((header) => {
            const sorted = header.column.getIsSorted();
            const label = flexRender(header.column.columnDef.header, header.getContext());
            return (
              <th key={header.id} scope="col" aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}>
                {header.column.getCanSort() ? (
                  <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                    {label}
                    <span className="sort-indicator" aria-hidden="true">
                      {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                    </span>
                  </button>
                ) : (
                  label
                )}
              </th>
            );
          })}
        </tr>
      </thead>
      {criterionGroups.map((group) => (
        <tbody key={group}>
          <tr className="criteria-group-row">
            <th scope="colgroup" colSpan={headers.length}>
              {group} · {criteriaGroupNames[group]} <span className="muted">— {formatShare(groupShares[group])} of the maximum</span>
            </th>
          </tr>
          {rows
            .filter((row) => row.original.group === group)
            .map((row) => {
              const c = row.original;
              const isPenalty = c.evaluation.kind === 'timeUntouched';
              return (
                <tr key={c.id} className={c.enabled ? undefined : 'is-disabled'} data-testid={`criterion-${c.id}`}>
                  <th scope="row" className="criterion-name">
                    <span>{c.name}</span>
                    <details
                      className="criterion-about"
                      onKeyDown={(e) => {
                        // Escape closes the description like any other popup.
                        if (e.key === 'Escape' && e.currentTarget.open) {
                          e.currentTarget.open = false;
                          e.stopPropagation();
                        }
                      }}
                    >
                      <summary aria-label={`About ${c.name}`} title={`${c.section}: ${c.seedNote}`}>
                        <span className="about-mark" aria-hidden="true">
                          i
                        </span>
                      </summary>
                      <div className="criterion-about-body">
                        <p>
                          <strong>{c.section}</strong>
                        </p>
                        {c.seedNote ? <p>Seed table: {c.seedNote}</p> : null}
                        <p>{evaluationDescription(c.evaluation)}</p>
                      </div>
                    </details>
                  </th>
                  <td>{dataTypeLabel(c.evaluation)}</td>
                  <td>
                    <NumberInput
                      hideLabel
                      label={`Information points for ${c.name}`}
                      value={c.informationPoints}
                      validate={validatePoints}
                      problem={problem(c.id, 'informationPoints')}
                      onCommit={(v) => onChange(c.id, { informationPoints: v })}
                    />
                  </td>
                  <td>
                    <NumberInput
                      hideLabel
                      label={`Evaluation points for ${c.name}`}
                      value={c.evaluationPoints}
                      validate={validatePoints}
                      problem={problem(c.id, 'evaluationPoints')}
                      onCommit={(v) => onChange(c.id, { evaluationPoints: v })}
                    />
                  </td>
                  <td>
                    <NumberInput
                      hideLabel
                      label={`Max points for ${c.name}`}
                      value={c.maxPoints}
                      validate={(text) => validateMaxPoints(text, isPenalty)}
                      problem={problem(c.id, 'maxPoints')}
                      onCommit={(v) => onChange(c.id, { maxPoints: v })}
                    />
                  </td>
                  <td>
                    <NumberInput
                      hideLabel
                      label={`Weight for ${c.name}`}
                      value={c.weight}
                      validate={validateWeight}
                      problem={problem(c.id, 'weight')}
                      onCommit={(v) => onChange(c.id, { weight: v })}
                    />
                  </td>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`${c.name} enabled`}
                      checked={c.enabled}
                      // Data the app does not hold yet would only inflate the maximum.
                      disabled={c.evaluation.kind === 'notTracked' && !c.enabled}
                      title={c.evaluation.kind === 'notTracked' ? 'Not tracked yet: cannot be scored' : undefined}
                      onChange={(e) => onChange(c.id, { enabled: e.target.checked })}
                    />
                  </td>
                  <td className="numeric">{isPenalty ? <span className="muted">penalty</span> : formatShare(sharePercent(weightedMax(c), maxWeighted))}</td>
                  <td className="numeric" data-testid={`criterion-usage-${c.id}`}>
                    {usage === null ? (
                      <span className="muted">…</span>
                    ) : (
                      <>
                        {(usage.get(c.id) ?? 0).toLocaleString()}
                        <span className="visually-hidden"> enabled rules use {c.name}</span>
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
        </tbody>
      ))}
    </table>
  );
}
