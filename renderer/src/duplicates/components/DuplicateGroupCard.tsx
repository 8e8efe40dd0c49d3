import type { DuplicateQueueGroup } from '../../../data/duplicatesContract';
import { navigate } from '../../app/navigate';
import { useLeadCenter } from '../../app/useLeadCenter';
import { useReferenceLabels } from '../../reference/useReferenceLabels';
import { formatDateTime } from '../../ui/formatDateTime';
import { useBusyAction } from '../../ui/useBusyAction';
import { useToastStore } from '../../ui/useToastStore';

interface DuplicateGroupCardProps {
  group: DuplicateQueueGroup;
  onMerge: () => void;
}

/** One group of the queue: the leads, why they look like one buyer, Merge and Not duplicates. */
export function DuplicateGroupCard({ group, onMerge }: DuplicateGroupCardProps) {
  const { data } = useLeadCenter();
  const { groupLabel } = useReferenceLabels();
  const showToast = useToastStore((state) => state.showToast);
  const action = useBusyAction();
  const ids = group.leads.map((row) => row.id);
  const title = group.leads.map((row) => row.name || row.email || 'Unnamed lead').join(' · ');
  const headingId = `duplicate-group-${group.key}`;

  const dismissAll = () =>
    action.run(async () => {
      await data.duplicates.dismiss(ids);
      showToast({ message: `Marked as not duplicates: ${title}`, action: { label: 'Undo', run: () => void data.duplicates.undismiss(ids) } });
    });
  const dismissOne = (leadId: string, name: string) =>
    action.run(async () => {
      const others = ids.filter((id) => id !== leadId);
      await data.duplicates.dismissLead(leadId, others);
      showToast({
        message: `${name} is not a duplicate of the others`,
        action: { label: 'Undo', run: () => void Promise.all(others.map((other) => data.duplicates.undismiss([leadId, other]))) },
      });
    });

  return (
    <li className="duplicate-group" aria-labelledby={headingId} data-testid="duplicate-group">
      <h2 id={headingId} className="duplicate-group-title">
        {group.leads.length} leads: {title}
      </h2>
      <ul className="duplicate-reasons" aria-label="Why they look like one buyer">
        {group.reasons.map((reason) => (
          <li key={`${reason.kind}:${reason.leadIds.join(',')}`} className={`duplicate-reason reason-${reason.kind}`}>
            {reason.text}
          </li>
        ))}
        {group.dismissedPairs.map(([a, b]) => {
          const nameOf = (id: string) => group.leads.find((row) => row.id === id)?.name || 'a lead';
          return (
            <li key={`dismissed:${a}:${b}`} className="duplicate-reason muted">
              You said {nameOf(a)} and {nameOf(b)} are not duplicates; they are linked through another lead.
            </li>
          );
        })}
      </ul>
      <table className="duplicate-leads">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Phone</th>
            <th scope="col">Company</th>
            <th scope="col">Group</th>
            <th scope="col">Score</th>
            <th scope="col">Created</th>
            {group.leads.length > 2 ? <th scope="col">Not this one</th> : null}
          </tr>
        </thead>
        <tbody>
          {group.leads.map((row) => {
            const name = row.name || row.email || 'Unnamed lead';
            return (
              <tr key={row.id}>
                <th scope="row">
                  <a
                    href={`#/leads/${encodeURIComponent(row.id)}`}
                    onClick={(event) => {
                      event.preventDefault();
                      navigate({ name: 'lead', leadId: row.id });
                    }}
                  >
                    {name}
                  </a>
                </th>
                <td>{row.email || '—'}</td>
                <td>{row.phone || '—'}</td>
                <td>{row.company || '—'}</td>
                <td>{groupLabel(row.group)}</td>
                <td>{Math.round(row.score)}</td>
                <td>{formatDateTime(row.createdAt)}</td>
                {group.leads.length > 2 ? (
                  <td>
                    <button type="button" className="button-link" disabled={action.busy} onClick={() => void dismissOne(row.id, name)} aria-label={`${name} is not a duplicate of the others`}>
                      Not a duplicate
                    </button>
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="duplicate-actions">
        <button type="button" className="primary" onClick={onMerge} disabled={action.busy} aria-label={`Merge ${title}`}>
          Merge…
        </button>
        <button type="button" onClick={() => void dismissAll()} disabled={action.busy} aria-label={`Not duplicates: ${title}`}>
          Not duplicates
        </button>
        {action.error ? (
          <p className="field-error" role="alert">
            {action.error}
          </p>
        ) : null}
      </div>
    </li>
  );
}
