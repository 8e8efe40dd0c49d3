import { navigate } from '../app/navigate';

/** The empty state of a page that summarises leads, when there are none at all. */
export function NoLeadsYet({ message }: { message: string }) {
  return (
    <div className="empty-state">
      <p>{message}</p>
      <div className="row">
        <button type="button" className="primary" onClick={() => navigate({ name: 'capture' })}>
          Capture a lead
        </button>
        <button type="button" onClick={() => navigate({ name: 'leads' })}>
          Go to the lead list
        </button>
      </div>
    </div>
  );
}
