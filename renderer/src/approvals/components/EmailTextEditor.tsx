import type { KeyboardEvent, Ref } from 'react';
import type { DraftText } from '../hooks/useDraftText';
import { linesWithTokens, tokenLabel } from '../utils/tokenSegments';

interface EmailTextEditorProps {
  idPrefix: string;
  text: DraftText;
  editable: boolean;
  subjectRef?: Ref<HTMLInputElement>;
  /** Called when a field loses focus with unsaved changes. */
  onBlurSave(): void;
}

/** Escape leaves the field (which saves it), so the queue's keys work again. */
function leaveOnEscape(event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) {
  if (event.key !== 'Escape') return;
  event.stopPropagation();
  event.currentTarget.blur();
}

/** Subject and body, editable while the email may change; tokens the lead's data did not fill are listed and marked. */
export function EmailTextEditor({ idPrefix, text, editable, subjectRef, onBlurSave }: EmailTextEditorProps) {
  const tokenLines = text.unfilled.length > 0 ? linesWithTokens(`${text.subject}\n${text.body}`) : [];
  const unfilledId = `${idPrefix}-unfilled`;
  return (
    <div className="email-editor">
      <label className="email-field" htmlFor={`${idPrefix}-subject`}>
        Subject
      </label>
      <input
        id={`${idPrefix}-subject`}
        ref={subjectRef}
        value={text.subject}
        readOnly={!editable}
        aria-invalid={text.unfilled.length > 0 && tokenLines.some((line) => line.line === 1) ? true : undefined}
        aria-describedby={text.unfilled.length > 0 ? unfilledId : undefined}
        onChange={(event) => text.setSubject(event.target.value)}
        onBlur={() => (text.dirty ? onBlurSave() : undefined)}
        onKeyDown={leaveOnEscape}
      />
      <label className="email-field" htmlFor={`${idPrefix}-body`}>
        Message
      </label>
      <textarea
        id={`${idPrefix}-body`}
        rows={12}
        value={text.body}
        readOnly={!editable}
        aria-describedby={text.unfilled.length > 0 ? unfilledId : undefined}
        onChange={(event) => text.setBody(event.target.value)}
        onBlur={() => (text.dirty ? onBlurSave() : undefined)}
        onKeyDown={leaveOnEscape}
      />
      {text.unfilled.length > 0 ? (
        <div className="unfilled-tokens" id={unfilledId} data-testid="unfilled-tokens">
          <p>
            <strong>Fill these before approving:</strong>{' '}
            {text.unfilled.map((token) => (
              <mark key={token} className="token-mark">
                {tokenLabel(token)}
              </mark>
            ))}
          </p>
          <ul aria-label="Where they are">
            {tokenLines.map((line) => (
              <li key={line.line}>
                <span className="muted">{line.line === 1 ? 'Subject' : `Line ${line.line - 1}`}: </span>
                {line.segments.map((segment, index) =>
                  segment.token ? (
                    <mark key={index} className="token-mark">
                      {segment.text}
                    </mark>
                  ) : (
                    <span key={index}>{segment.text}</span>
                  ),
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {text.dirty ? <p className="muted small">Unsaved changes — saved when you leave the field or approve.</p> : null}
    </div>
  );
}
