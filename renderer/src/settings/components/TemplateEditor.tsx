import { useEffect, useId, useRef, useState } from 'react';
import type { LibraryAttachment } from '../../../../core/desktop-api';
import type { EmailTemplate } from '../../../../core/emails/emailTemplates';
import { unknownTokens } from '../../../../core/emails/personalise';
import { emailKinds } from '../../../../core/model/email';
import { engagementLevels } from '../../../../core/model/lead';
import { FieldError } from '../../ui/FieldError';
import { emailKindLabels } from '../utils/emailKindLabels';
import { insertAt } from '../utils/templateEdits';
import { problemAt, type SettingsProblems } from '../utils/settingsProblems';
import { TextField } from './TextField';
import { TokenMenu } from './TokenMenu';

type Patch = Partial<Omit<EmailTemplate, 'id' | 'builtIn'>>;

interface TemplateEditorProps {
  template: EmailTemplate;
  /** Problems from the last save attempt, keyed under this template ("name", "subject" …). */
  problems: SettingsProblems;
  /** The attachment library; null while it loads or when it cannot be read. */
  attachments: readonly LibraryAttachment[] | null;
  attachmentsError: string | null;
  onChange(patch: Patch): void;
  onDuplicate(): void;
  onDelete(): void;
}

/** Typos such as {{lead.fristName}} are caught while typing, before a draft ever uses them. */
function tokenProblem(text: string, saved: string | undefined): string | undefined {
  const unknown = unknownTokens(text);
  if (unknown.length > 0) return `unknown ${unknown.length === 1 ? 'token' : 'tokens'} ${unknown.map((t) => `{{${t}}}`).join(', ')}: pick one from the token menu`;
  return saved;
}

/** One template: what it is for, its subject and body with tokens, and the files it attaches. */
export function TemplateEditor({ template, problems, attachments, attachmentsError, onChange, onDuplicate, onDelete }: TemplateEditorProps) {
  const id = useId();
  const subject = useRef<HTMLInputElement>(null);
  const body = useRef<HTMLTextAreaElement>(null);
  const caret = useRef<{ field: 'subject' | 'body'; at: number } | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);

  // After a token goes in, put the caret right after it in the field it went into.
  useEffect(() => {
    const wanted = caret.current;
    if (wanted === null) return;
    caret.current = null;
    const el = wanted.field === 'subject' ? subject.current : body.current;
    el?.focus();
    el?.setSelectionRange(wanted.at, wanted.at);
  });

  const insert = (field: 'subject' | 'body', token: string): void => {
    const el = field === 'subject' ? subject.current : body.current;
    const next = insertAt(template[field], el?.selectionStart ?? null, el?.selectionEnd ?? null, `{{${token}}}`);
    caret.current = { field, at: next.caret };
    onChange(field === 'subject' ? { subject: next.text } : { body: next.text });
  };

  const subjectProblem = tokenProblem(template.subject, problemAt(problems, 'subject'));
  const bodyProblem = tokenProblem(template.body, problemAt(problems, 'body'));
  const known = new Set((attachments ?? []).map((a) => a.id));
  const missing = template.attachmentIds.filter((a) => attachments !== null && !known.has(a));
  const toggle = (attachmentId: string, on: boolean): void =>
    onChange({ attachmentIds: on ? [...template.attachmentIds, attachmentId] : template.attachmentIds.filter((a) => a !== attachmentId) });

  return (
    <section className="template-editor" aria-labelledby={`${id}-heading`}>
      <div className="row">
        <h3 id={`${id}-heading`}>{template.name.trim() || 'Untitled template'}</h3>
        <span className="muted small">{template.builtIn ? 'Built in (seed 000); Restore defaults brings back the original' : 'Your template'}</span>
        <span className="toolbar-spacer" />
        <button type="button" onClick={onDuplicate}>
          Duplicate
        </button>
        {template.builtIn ? null : confirmDelete ? (
          <span className="row" role="group" aria-label="Confirm deleting the template">
            <span>Delete this template?</span>
            <button
              type="button"
              className="danger"
              autoFocus
              onClick={() => {
                setConfirmDelete(false);
                onDelete();
              }}
            >
              Yes, delete
            </button>
            <button type="button" onClick={() => setConfirmDelete(false)}>
              Cancel
            </button>
          </span>
        ) : (
          <button type="button" className="danger" onClick={() => setConfirmDelete(true)}>
            Delete template
          </button>
        )}
      </div>

      <div className="form-grid">
        <TextField label="Template name" value={template.name} maxLength={100} problem={problemAt(problems, 'name')} onChange={(name) => onChange({ name })} />
        <div className="field">
          <label htmlFor={`${id}-level`}>Engagement level</label>
          <select id={`${id}-level`} value={template.level ?? ''} onChange={(e) => onChange({ level: engagementLevels.find((l) => l === e.target.value) ?? null })}>
            {engagementLevels.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
            <option value="">General (any level)</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>Kind of email</label>
          <select id={`${id}-kind`} value={template.kind} onChange={(e) => onChange({ kind: emailKinds.find((k) => k === e.target.value) ?? template.kind })}>
            {emailKinds.map((k) => (
              <option key={k} value={k}>
                {emailKindLabels[k]}
              </option>
            ))}
          </select>
        </div>
        <TextField label="Email type" value={template.emailType} maxLength={200} placeholder="Personalized quotation + sample offer" problem={problemAt(problems, 'emailType')} onChange={(emailType) => onChange({ emailType })} />
        <TextField label="Tone" value={template.tone} maxLength={200} placeholder="Professional, responsive" problem={problemAt(problems, 'tone')} onChange={(tone) => onChange({ tone })} />
        <TextField
          label="Call to action"
          value={template.callToAction}
          maxLength={200}
          placeholder="Schedule a meeting"
          problem={problemAt(problems, 'callToAction')}
          onChange={(callToAction) => onChange({ callToAction })}
        />
      </div>

      <div className="field field-wide template-subject">
        <label htmlFor={`${id}-subject`}>Subject</label>
        <div className="row">
          <input
            ref={subject}
            id={`${id}-subject`}
            value={template.subject}
            maxLength={998}
            spellCheck
            aria-invalid={subjectProblem !== undefined}
            aria-describedby={subjectProblem !== undefined ? `${id}-subject-error` : undefined}
            onChange={(e) => onChange({ subject: e.target.value })}
          />
          <TokenMenu field="subject" onInsert={(token) => insert('subject', token)} />
        </div>
        <FieldError message={subjectProblem} id={`${id}-subject-error`} />
      </div>
      <div className="field field-wide">
        <div className="row">
          <label htmlFor={`${id}-body`}>Body</label>
          <TokenMenu field="body" onInsert={(token) => insert('body', token)} />
        </div>
        <textarea
          ref={body}
          id={`${id}-body`}
          value={template.body}
          maxLength={50_000}
          spellCheck
          aria-invalid={bodyProblem !== undefined}
          aria-describedby={`${id}-body-hint${bodyProblem !== undefined ? ` ${id}-body-error` : ''}`}
          onChange={(e) => onChange({ body: e.target.value })}
        />
        <span id={`${id}-body-hint`} className="muted small">
          Tokens such as {'{{lead.firstName}}'} are filled from the lead when a draft is made; a token left empty must be filled in before the email can be approved.
        </span>
        <FieldError message={bodyProblem} id={`${id}-body-error`} />
      </div>

      <fieldset className="choice-list">
        <legend>Attachments</legend>
        {template.suggestedAttachments.length > 0 ? <p className="muted small">Suggested for this template: {template.suggestedAttachments.join('; ')}.</p> : null}
        {attachments === null ? (
          <p className="muted">{attachmentsError !== null ? `Could not read the attachment library: ${attachmentsError}` : 'Loading the attachment library…'}</p>
        ) : attachments.length === 0 ? (
          <p className="muted">
            No files in the attachment library yet. <a href="#/settings/attachments">Add them under Attachments</a>, then choose them here.
          </p>
        ) : (
          <ul className="template-attachments">
            {attachments.map((a) => (
              <li key={a.id}>
                <label className="check">
                  <input type="checkbox" checked={template.attachmentIds.includes(a.id)} onChange={(e) => toggle(a.id, e.target.checked)} />
                  Attach {a.fileName}
                </label>
              </li>
            ))}
          </ul>
        )}
        {missing.map((a) => (
          <p key={a} className="field-error">
            A file this template attached is no longer in the library.{' '}
            <button type="button" onClick={() => toggle(a, false)}>
              Stop attaching it
            </button>
          </p>
        ))}
        <FieldError message={problemAt(problems, 'attachmentIds')} />
      </fieldset>
    </section>
  );
}
