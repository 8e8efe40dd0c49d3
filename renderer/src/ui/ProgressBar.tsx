import type { Progress } from '../../data/contract';

interface ProgressBarProps {
  label: string;
  progress: Progress | null;
}

/** A labelled progress bar; indeterminate while the total is unknown. */
export function ProgressBar({ label, progress }: ProgressBarProps) {
  const total = progress?.total ?? 0;
  const done = progress?.done ?? 0;
  const percent = total > 0 ? Math.round((done / total) * 100) : null;
  return (
    <div className="progress">
      <div className="progress-label">
        <span>{label}</span>
        {progress && total > 0 ? (
          <span className="muted">
            {done.toLocaleString()} of {total.toLocaleString()}
          </span>
        ) : null}
      </div>
      {percent === null ? (
        <progress aria-label={label} />
      ) : (
        <progress aria-label={label} max={100} value={percent}>
          {percent}%
        </progress>
      )}
    </div>
  );
}
