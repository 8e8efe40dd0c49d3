import type { SyncConflict } from '../../../data/sync/conflictStore';
import { navigate } from '../../app/navigate';
import type { Route } from '../../app/Route';
import { routeToHash } from '../../app/routeToHash';
import { useLeadCenter } from '../../app/useLeadCenter';
import { formatDateTime } from '../../ui/formatDateTime';
import { useBusyAction } from '../../ui/useBusyAction';
import { describeConflictValue, describeFieldPath } from '../utils/describeConflictField';

interface SyncConflictCardProps {
  conflict: SyncConflict;
  index: number;
  onResolved(index: number): void;
}

const collectionWords: Record<SyncConflict['collection'], string> = {
  leads: 'Lead',
  events: 'Event',
  notes: 'Note',
  reminders: 'Reminder',
  config: 'Setting',
  emails: 'Email',
  rules: 'Rule',
  contacts: 'Contact',
  accounts: 'Account',
  dispatches: 'Questionnaire',
};

/** Where the document opens, for the kinds that have a page of their own. */
function routeOf(conflict: SyncConflict): Route | null {
  switch (conflict.collection) {
    case 'leads':
      return { name: 'lead', leadId: conflict.documentId };
    case 'accounts':
      return { name: 'account', accountId: conflict.documentId };
    case 'contacts':
      return { name: 'contact', contactId: conflict.documentId };
    case 'rules':
      return { name: 'rule', ruleId: conflict.documentId };
    default:
      return null;
  }
}

/** One document that changed here and on the platform: each field's two values and the two ways out. */
export function SyncConflictCard({ conflict, index, onResolved }: SyncConflictCardProps) {
  const { data } = useLeadCenter();
  const action = useBusyAction();
  const route = routeOf(conflict);
  const headingId = `sync-conflict-${conflict.key}`;
  const resolve = (work: () => Promise<void>) =>
    void action.run(async () => {
      await work();
      onResolved(index);
    });

  return (
    <li className="sync-conflict" data-testid="sync-conflict" data-card-index={index} tabIndex={-1} aria-labelledby={headingId}>
      <h2 id={headingId} className="sync-conflict-title">
        <span className="muted">{collectionWords[conflict.collection]}: </span>
        {route ? (
          <a
            href={routeToHash(route)}
            onClick={(event) => {
              event.preventDefault();
              navigate(route);
            }}
          >
            {conflict.label}
          </a>
        ) : (
          conflict.label
        )}
      </h2>
      <p className="muted sync-conflict-when">Changed here and on the platform; merged {formatDateTime(conflict.at)}.</p>
      <table className="sync-conflict-fields">
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Yours (this device)</th>
            <th scope="col">Theirs (the platform)</th>
          </tr>
        </thead>
        <tbody>
          {conflict.fields.map((field) => (
            <tr key={field.path}>
              <th scope="row">{describeFieldPath(field.segments)}</th>
              <td className={field.chosen === 'mine' ? 'sync-conflict-kept' : undefined}>
                {describeConflictValue(field.segments, 'mine' in field, field.mine, formatDateTime)}
                {field.chosen === 'mine' ? <span className="sync-conflict-kept-note"> (kept now)</span> : null}
              </td>
              <td className={field.chosen === 'theirs' ? 'sync-conflict-kept' : undefined}>
                {describeConflictValue(field.segments, 'theirs' in field, field.theirs, formatDateTime)}
                {field.chosen === 'theirs' ? <span className="sync-conflict-kept-note"> (kept now)</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="sync-conflict-actions">
        <button type="button" className="primary" disabled={action.busy} onClick={() => resolve(() => data.syncConflicts.keepMine(conflict))} aria-describedby={headingId}>
          Keep mine
        </button>
        <button type="button" disabled={action.busy} onClick={() => resolve(() => data.syncConflicts.useTheirs(conflict))} aria-describedby={headingId}>
          Use theirs
        </button>
      </div>
      {action.error ? (
        <p className="field-error" role="alert">
          Could not resolve this: {action.error}
        </p>
      ) : null}
    </li>
  );
}
