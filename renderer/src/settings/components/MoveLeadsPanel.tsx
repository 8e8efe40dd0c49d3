import { useId, useState } from 'react';
import type { Progress } from '../../../data/contract';
import type { EffectiveGroup } from '../../../../core/settings/groupSettings';
import { useLeadCenter } from '../../app/useLeadCenter';
import { ProgressBar } from '../../ui/ProgressBar';
import { leadIdsInGroup } from '../hooks/useLeadsInGroup';
import { FieldError } from '../../ui/FieldError';

interface MoveLeadsPanelProps {
  group: EffectiveGroup;
  count: number;
  /** Where the leads may go: every other group. */
  targets: readonly EffectiveGroup[];
  onMoved(): void;
  onCancel(): void;
}

/** Before a group with leads is removed: choose where its leads go, move them, then remove it. */
export function MoveLeadsPanel({ group, count, targets, onMoved, onCancel }: MoveLeadsPanelProps) {
  const { data } = useLeadCenter();
  const id = useId();
  const [target, setTarget] = useState(targets[0]?.id ?? '');
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const move = async (): Promise<void> => {
    setError(null);
    setProgress({ done: 0, total: count });
    try {
      await data.moveLeadsToGroup(leadIdsInGroup(data, group.id), target, setProgress);
      onMoved();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setProgress(null);
    }
  };
  return (
    <div className="move-leads" role="group" aria-label={`Remove group ${group.name}`}>
      <p>
        {count} {count === 1 ? 'lead is' : 'leads are'} in “{group.name}”. Choose where they go before the group is removed.
      </p>
      <div className="row">
        <label htmlFor={id}>Move its leads to</label>
        <select id={id} value={target} onChange={(e) => setTarget(e.target.value)} autoFocus>
          {targets.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </select>
        <button type="button" className="danger" disabled={progress !== null || target === ''} onClick={() => void move()}>
          Move leads and remove group
        </button>
        <button type="button" disabled={progress !== null} onClick={onCancel}>
          Cancel
        </button>
      </div>
      {progress !== null ? <ProgressBar label="Moving leads" progress={progress} /> : null}
      <FieldError message={error} />
    </div>
  );
}
