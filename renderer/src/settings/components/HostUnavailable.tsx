interface HostUnavailableProps {
  /** "the sending settings", "the attachment library". */
  what: string;
  error: string | null;
  onRetry(): void;
}

/** Loading, or why the host could not answer, with a way to try again. */
export function HostUnavailable({ what, error, onRetry }: HostUnavailableProps) {
  if (error === null) return <p className="muted">Loading {what}…</p>;
  return (
    <div role="alert" className="settings-warning">
      <p>
        Could not read {what}: {error}
      </p>
      <button type="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
