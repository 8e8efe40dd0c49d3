import { useCallback, useEffect, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { parseContactCard } from '../../../../core/capture/parseContactCard';
import { emptyLeadForm, type LeadFormFieldName, type LeadFormFields } from '../../../../core/model/leadForm';
import { normaliseLeadInput, type LeadFormErrors } from '../../../../core/model/normaliseLeadInput';
import type { PossibleDuplicate } from '../../../data/contract';
import { navigate } from '../../app/navigate';
import { useLeadCenter } from '../../app/useLeadCenter';
import { addToTagCatalogue } from '../../tags/addToTagCatalogue';
import { useToastStore } from '../../ui/useToastStore';
import type { CaptureSession } from '../utils/CaptureSession';
import { clearCaptureDraft, loadCaptureDraft, mirrorDraftLocally, saveCaptureDraft } from '../utils/captureDraftStorage';
import { findDuplicatesOfForm } from '../utils/findDuplicatesOfForm';
import { isBlankForm } from '../utils/isBlankForm';
import { DuplicateWarning } from './DuplicateWarning';

const visibleFields: { name: LeadFormFieldName; label: string; type?: string; autoComplete?: string }[] = [
  { name: 'name', label: 'Name', autoComplete: 'off' },
  { name: 'email', label: 'Email', type: 'email', autoComplete: 'off' },
  { name: 'phone', label: 'Phone', type: 'tel', autoComplete: 'off' },
  { name: 'companyName', label: 'Company', autoComplete: 'off' },
  { name: 'jobTitle', label: 'Job title', autoComplete: 'off' },
  { name: 'country', label: 'Country', autoComplete: 'off' },
];

const draftDelayMs = 300;
const duplicateDelayMs = 150;

interface QuickCaptureFormProps {
  session: CaptureSession;
}

/**
 * The trade-show form: type, Enter, next. Saving is optimistic (the form clears at once and the
 * write finishes behind it); a flagged duplicate needs "Save anyway" (Ctrl/⌘+Enter).
 */
export function QuickCaptureForm({ session }: QuickCaptureFormProps) {
  const { data } = useLeadCenter();
  const showToast = useToastStore((state) => state.showToast);
  const [fields, setFields] = useState<LeadFormFields>(emptyLeadForm);
  const [errors, setErrors] = useState<LeadFormErrors>({});
  const [duplicates, setDuplicates] = useState<PossibleDuplicate[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const [restored, setRestored] = useState(false);
  const [showPasteArea, setShowPasteArea] = useState(false);
  const firstFieldRef = useRef<HTMLInputElement>(null);
  const fieldsRef = useRef(fields);
  const draftTimer = useRef<number | undefined>(undefined);
  const duplicateTimer = useRef<number | undefined>(undefined);
  const capturedCount = useRef(session.data.capturedCount);
  const touched = useRef(false);
  // Saves run one after another, so the session's count is never written out of order.
  const writes = useRef<Promise<void>>(Promise.resolve());

  // The ref lets timers and unload handlers read what is typed now.
  const applyFields = useCallback((values: LeadFormFields) => {
    fieldsRef.current = values;
    setFields(values);
  }, []);

  useEffect(() => {
    capturedCount.current = Math.max(capturedCount.current, session.data.capturedCount);
  }, [session.data.capturedCount]);

  // Restore a half-typed lead, unless the user already started typing.
  useEffect(() => {
    let live = true;
    void loadCaptureDraft(data).then((draft) => {
      if (!live || !draft || isBlankForm(draft.fields) || touched.current) return;
      applyFields(draft.fields);
      setDuplicates(findDuplicatesOfForm(data, draft.fields));
      setRestored(true);
      setAnnouncement('Restored the lead you were typing.');
    });
    return () => {
      live = false;
    };
  }, [data, applyFields]);

  const draftFor = useCallback(
    (values: LeadFormFields) => ({ fields: values, sessionKey: session.key, updatedAt: Date.now() }),
    [session.key],
  );

  const flushDraft = useCallback(() => {
    window.clearTimeout(draftTimer.current);
    draftTimer.current = undefined;
    const values = fieldsRef.current;
    if (isBlankForm(values)) {
      void clearCaptureDraft(data).catch(() => undefined);
      return;
    }
    const draft = draftFor(values);
    mirrorDraftLocally(draft);
    void data.setConfig('capture-draft', 'current', draft).catch(() => undefined);
  }, [data, draftFor]);

  // Nothing typed is lost: save on close, on hide, and when leaving the capture view.
  useEffect(() => {
    const onHide = () => {
      if (draftTimer.current !== undefined) flushDraft();
    };
    window.addEventListener('beforeunload', onHide);
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('beforeunload', onHide);
      window.removeEventListener('pagehide', onHide);
      onHide();
      window.clearTimeout(duplicateTimer.current);
    };
  }, [flushDraft]);

  const checkDuplicates = (values: LeadFormFields) => findDuplicatesOfForm(data, values);

  function update(values: LeadFormFields, changed: LeadFormFieldName[]) {
    touched.current = true;
    applyFields(values);
    setRestored(false);
    if (changed.some((name) => errors[name]) || errors.form) {
      const next = { ...errors };
      for (const name of changed) delete next[name];
      delete next.form;
      setErrors(next);
    }
    window.clearTimeout(draftTimer.current);
    draftTimer.current = window.setTimeout(() => {
      draftTimer.current = undefined;
      if (isBlankForm(values)) void clearCaptureDraft(data).catch(() => undefined);
      else void saveCaptureDraft(data, draftFor(values)).catch(() => undefined);
    }, draftDelayMs);
    window.clearTimeout(duplicateTimer.current);
    duplicateTimer.current = window.setTimeout(() => setDuplicates(checkDuplicates(values)), duplicateDelayMs);
  }

  function setField(name: LeadFormFieldName, value: string) {
    update({ ...fieldsRef.current, [name]: value }, [name]);
  }

  function fillFromCard(text: string): boolean {
    const card = parseContactCard(text);
    if (!card.ok) return false;
    const current = fieldsRef.current;
    const merged: LeadFormFields = { ...current };
    const changed: LeadFormFieldName[] = [];
    for (const [key, value] of Object.entries(card.fields) as [LeadFormFieldName, string][]) {
      if (value === '') continue;
      merged[key] = key === 'notes' && current.notes.trim() ? `${current.notes.trim()}\n${value}` : value;
      changed.push(key);
    }
    const extras = [...card.otherEmails, ...card.otherPhones];
    if (extras.length > 0) merged.notes = [merged.notes.trim(), `Also on the card: ${extras.join(', ')}`].filter(Boolean).join('\n');
    update(merged, changed);
    setDuplicates(checkDuplicates(merged));
    setAnnouncement(`Filled from the ${card.format === 'vcard' ? 'vCard' : 'MECARD'}${card.cardCount > 1 ? ` (first of ${card.cardCount} cards)` : ''}.`);
    setShowPasteArea(false);
    return true;
  }

  function onPaste(event: ClipboardEvent<HTMLFormElement>) {
    const text = event.clipboardData.getData('text/plain');
    if (!/BEGIN:VCARD|^\s*MECARD:/i.test(text)) return;
    if (fillFromCard(text)) {
      event.preventDefault();
      firstFieldRef.current?.focus();
    }
  }

  function save(force: boolean) {
    const values = fieldsRef.current;
    const result = normaliseLeadInput(values);
    if (!result.ok) {
      setErrors(result.errors);
      const first = visibleFields.find((f) => result.errors[f.name]) ?? (result.errors.notes ? { name: 'notes' } : null);
      document.getElementById(`capture-${first?.name ?? 'name'}`)?.focus();
      setAnnouncement(result.errors.form ? `Not saved: ${result.errors.form}.` : 'Not saved: fix the marked fields.');
      return;
    }
    // Checked again now: the as-you-type check may not have run yet.
    window.clearTimeout(duplicateTimer.current);
    const found = checkDuplicates(values);
    setDuplicates(found);
    if (found.length > 0 && !force) {
      // Focus stays in the form: a second Enter must not save it either.
      setAnnouncement('Possible duplicate. Choose Open existing, or Save anyway (Ctrl+Enter).');
      return;
    }

    const { lead, note } = result.value;
    const label = lead.name || lead.email || lead.company.name || lead.phone;
    // Optimistic: clear the form and the draft now; the write completes behind the next lead.
    window.clearTimeout(draftTimer.current);
    draftTimer.current = undefined;
    touched.current = true;
    applyFields(emptyLeadForm);
    setErrors({});
    setDuplicates([]);
    setRestored(false);
    setAnnouncement(`Saved ${label}. Ready for the next lead.`);
    firstFieldRef.current?.focus();
    capturedCount.current += 1;
    const count = capturedCount.current;

    writes.current = writes.current.then(async () => {
      try {
        const created = await data.createLead({
          ...lead,
          leadType: 'direct',
          source: {
            category: session.data.sourceCategory,
            channel: session.data.sourceChannel,
            detail: '',
            event: session.data.eventName,
            capturedBy: session.data.capturedBy,
            captureSessionId: session.key,
          },
        });
        // The draft now holds either nothing or the next lead, never the one just saved.
        if (isBlankForm(fieldsRef.current)) await clearCaptureDraft(data);
        else await saveCaptureDraft(data, draftFor(fieldsRef.current));
        if (note) await data.addNote(created.id, note);
        if (lead.tags.length > 0) await addToTagCatalogue(data, lead.tags);
        await data.setConfig('capture-session', session.key, { ...session.data, capturedCount: Math.max(count, session.data.capturedCount + 1) });
      } catch (error) {
        // Give the lead back to the user unless they are typing the next one: nothing typed is lost.
        const reason = error instanceof Error ? error.message : String(error);
        if (isBlankForm(fieldsRef.current)) {
          applyFields(values);
          mirrorDraftLocally(draftFor(values));
          showToast({ tone: 'error', message: `${label} was not saved (${reason}). It is back in the form.`, durationMs: 15_000 });
        } else {
          const typed = [values.name, values.email, values.phone, values.companyName].filter(Boolean).join(', ');
          showToast({ tone: 'error', message: `Not saved (${reason}): ${typed}. Please capture it again.`, durationMs: 30_000 });
        }
      }
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    const target = event.target as HTMLElement;
    if (target.tagName === 'BUTTON') return;
    if (target.tagName === 'TEXTAREA' && event.shiftKey) return;
    event.preventDefault();
    save(event.ctrlKey || event.metaKey);
  }

  const fieldError = (name: LeadFormFieldName) => errors[name];

  return (
    <form
      className="card capture-form"
      aria-labelledby="capture-form-heading"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save(false);
      }}
      onKeyDown={onKeyDown}
      onPaste={onPaste}
    >
      <div className="capture-form-header">
        <h2 id="capture-form-heading">New lead</h2>
        <p className="muted">Enter saves and starts the next · Shift+Enter new line in notes · paste a vCard/MECARD anywhere</p>
      </div>
      {restored ? <p className="info-banner">Restored the lead you were typing before.</p> : null}
      {errors.form ? (
        <p id="capture-form-error" className="field-error" role="alert">
          Enter at least a name, email, phone or company.
        </p>
      ) : null}
      <div className="form-grid">
        {visibleFields.map((field, index) => {
          const error = fieldError(field.name);
          const id = `capture-${field.name}`;
          return (
            <div key={field.name} className="field">
              <label htmlFor={id}>{field.label}</label>
              <input
                id={id}
                ref={index === 0 ? firstFieldRef : undefined}
                autoFocus={index === 0}
                type={field.type ?? 'text'}
                autoComplete={field.autoComplete}
                spellCheck={false}
                value={fields[field.name]}
                aria-invalid={error || (errors.form && index < 4) ? true : undefined}
                aria-describedby={error ? `${id}-error` : errors.form && index < 4 ? 'capture-form-error' : undefined}
                onChange={(event) => setField(field.name, event.target.value)}
              />
              {error ? (
                <span id={`${id}-error`} className="field-error">
                  {error}
                </span>
              ) : null}
            </div>
          );
        })}
        <div className="field field-wide">
          <label htmlFor="capture-notes">
            Notes <span className="muted">(optional)</span>
          </label>
          <textarea
            id="capture-notes"
            rows={2}
            value={fields.notes}
            aria-invalid={errors.notes ? true : undefined}
            aria-describedby={errors.notes ? 'capture-notes-error' : undefined}
            onChange={(event) => setField('notes', event.target.value)}
          />
          {errors.notes ? (
            <span id="capture-notes-error" className="field-error">
              {errors.notes}
            </span>
          ) : null}
        </div>
      </div>

      {duplicates.length > 0 ? (
        <DuplicateWarning
          duplicates={duplicates}
          onOpen={(id) => {
            flushDraft();
            navigate({ name: 'lead', leadId: id });
          }}
          onSaveAnyway={() => save(true)}
        />
      ) : null}

      <div className="row capture-actions">
        <button type="submit" className="primary">
          Save lead <kbd>Enter</kbd>
        </button>
        <button type="button" onClick={() => setShowPasteArea((v) => !v)} aria-expanded={showPasteArea} aria-controls="card-paste">
          Paste a card
        </button>
        <button
          type="button"
          className="button-link"
          onClick={() => {
            update(emptyLeadForm, []);
            setErrors({});
            setDuplicates([]);
            firstFieldRef.current?.focus();
          }}
        >
          Clear form
        </button>
      </div>
      {showPasteArea ? (
        <div className="field field-wide" id="card-paste">
          <label htmlFor="card-paste-text">Business card text (vCard or MECARD)</label>
          <textarea
            id="card-paste-text"
            rows={4}
            autoFocus
            placeholder="BEGIN:VCARD … or MECARD:N:…;;"
            onKeyDown={(event) => event.stopPropagation()}
            onChange={(event) => {
              if (fillFromCard(event.target.value)) event.target.value = '';
            }}
          />
        </div>
      ) : null}
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="capture-status">
        {announcement}
      </p>
    </form>
  );
}
