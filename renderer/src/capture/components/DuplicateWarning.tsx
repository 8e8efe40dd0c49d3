import type { PossibleDuplicate } from '../../../data/contract';

interface DuplicateWarningProps {
  duplicates: readonly PossibleDuplicate[];
  onOpen(leadId: string): void;
  onSaveAnyway(): void;
}

/** Flags a possible duplicate on the spot; saving it needs an explicit choice. */
export function DuplicateWarning({ duplicates, onOpen, onSaveAnyway }: DuplicateWarningProps) {
  const [first, ...others] = duplicates;
  if (!first) return null;
  return (
    <div className="duplicate-warning" role="alert" data-testid="duplicate-warning">
      <p>
        <strong>Possible duplicate:</strong> {first.name || '(no name)'}
        {first.company ? `, ${first.company}` : ''} — {first.reason}
        {others.length > 0 ? ` (and ${others.length} more)` : ''}
      </p>
      <div className="row">
        <button type="button" onClick={() => onOpen(first.leadId)}>
          Open existing
        </button>
        <button type="button" id="duplicate-save-anyway" onClick={onSaveAnyway} aria-keyshortcuts="Control+Enter">
          Save anyway <kbd>Ctrl+Enter</kbd>
        </button>
      </div>
    </div>
  );
}
