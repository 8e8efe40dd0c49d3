import type { PreviewLine } from '../../../../core/conversion/planConversion';
import { actionWords, showValue } from '../../accounts/utils/previewWords';

type Side = 'contact' | 'account';

/**
 * Where each lead field goes, its value, and for an existing record its current value and what
 * happens. Overwrite boxes appear where an existing record holds a different value.
 */
export function ConvertPreviewTable({
  lines,
  overwrite,
  onToggle,
}: {
  lines: readonly PreviewLine[];
  /** The fields picked for overwriting per side; null for a new record. */
  overwrite: Record<Side, readonly string[] | null>;
  onToggle: (side: Side, field: string, on: boolean) => void;
}) {
  const existing = overwrite.contact !== null || overwrite.account !== null;
  if (lines.length === 0) return <p className="muted">Nothing to copy: the mapping in Settings → Conversion names no field.</p>;
  return (
    <table className="convert-preview" aria-label="Mapping preview" data-testid="convert-preview">
      <thead>
        <tr>
          <th scope="col">Lead field</th>
          <th scope="col">Goes to</th>
          <th scope="col">Value</th>
          {existing ? <th scope="col">Current value</th> : null}
          <th scope="col">What happens</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => {
          const picked = overwrite[line.target];
          const canPick = picked !== null && (line.action === 'keep' || line.action === 'overwrite');
          const id = `overwrite-${line.target}-${line.to}`;
          return (
            <tr key={`${line.target}:${line.to}`} data-action={line.action}>
              <td>{line.fromLabel}</td>
              <td>
                {line.target === 'contact' ? 'Contact' : 'Account'}: {line.toLabel}
              </td>
              <td>{showValue(line.value)}</td>
              {existing ? <td>{picked !== null ? showValue(line.current) : '(new)'}</td> : null}
              <td>
                {canPick ? (
                  <label htmlFor={id} className="check">
                    <input id={id} type="checkbox" checked={picked.includes(line.to)} onChange={(event) => onToggle(line.target, line.to, event.target.checked)} /> Overwrite
                    <span className="muted small"> ({actionWords[line.action]})</span>
                  </label>
                ) : (
                  actionWords[line.action]
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
