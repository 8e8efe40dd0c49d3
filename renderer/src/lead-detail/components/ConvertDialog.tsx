import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Lead } from '../../../../core/model/lead';
import type { ConversionChoice, ConversionPreview, ConversionResult, ExistingMatches } from '../../../data/conversionContract';
import { useLeadCenter } from '../../app/useLeadCenter';
import { errorText, useBusyAction } from '../../ui/useBusyAction';
import { ConvertPreviewTable } from './ConvertPreviewTable';
import '../../accounts/conversion.css';

type Side = 'contact' | 'account';

/** Encodes a radio choice: "new", "none" or "existing:<id>". */
function choiceValue(choice: ConversionChoice[Side]): string {
  if (choice === null) return 'none';
  return choice.mode === 'new' ? 'new' : `existing:${choice.id}`;
}

function fromValue(value: string): ConversionChoice['account'] {
  if (value === 'none') return null;
  if (value === 'new') return { mode: 'new' };
  return { mode: 'existing', id: value.slice('existing:'.length), overwrite: [] };
}

/**
 * Convert a lead: choose an existing contact and account (found by email, domain and company
 * name, with the reasons) or new ones, see where each field goes and what happens to existing
 * values, pick fields to overwrite, confirm. Esc or Cancel closes without changing anything.
 */
export function ConvertDialog({ lead, onClose, onConverted }: { lead: Lead; onClose: () => void; onConverted: (result: ConversionResult) => void }) {
  const { data } = useLeadCenter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [matches, setMatches] = useState<ExistingMatches | null>(null);
  const [choice, setChoice] = useState<ConversionChoice | null>(null);
  const [preview, setPreview] = useState<ConversionPreview | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [anyway, setAnyway] = useState(false);
  const action = useBusyAction();

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  useEffect(() => {
    let live = true;
    data.conversion
      .findExisting(lead.id)
      .then((found) => {
        if (!live) return;
        setMatches(found);
        setChoice(found.suggested);
      })
      .catch((error: unknown) => live && setLoadError(errorText(error)));
    return () => {
      live = false;
    };
  }, [data, lead.id]);

  useEffect(() => {
    if (!choice) return;
    let live = true;
    data.conversion
      .mappingPreview(lead.id, choice)
      .then((next) => live && setPreview(next))
      .catch((error: unknown) => live && setLoadError(errorText(error)));
    return () => {
      live = false;
    };
  }, [data, lead.id, choice]);

  function choose(side: Side, value: string) {
    if (!choice) return;
    const next = fromValue(value);
    if (side === 'contact') setChoice({ ...choice, contact: next ?? { mode: 'new' } });
    else setChoice({ ...choice, account: next });
  }

  function toggleOverwrite(side: Side, field: string, on: boolean) {
    if (!choice) return;
    const current = choice[side];
    if (!current || current.mode !== 'existing') return;
    const overwrite = on ? [...new Set([...current.overwrite, field])] : current.overwrite.filter((f) => f !== field);
    setChoice({ ...choice, [side]: { ...current, overwrite } });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!choice) return;
    void action.run(async () => {
      const result = await data.conversion.convert(lead.id, choice, { anyway });
      onConverted(result);
    });
  }

  const readiness = preview?.readiness ?? null;
  const blocked = !preview || preview.problems.length > 0 || (readiness !== null && (!readiness.allowed || (!readiness.ready && !anyway)));
  const company = lead.company.name.trim();

  return (
    <dialog
      ref={dialog}
      className="convert-dialog"
      aria-labelledby="convert-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form onSubmit={submit}>
        <h2 id="convert-title">Convert {lead.name || lead.email || 'lead'} to a contact</h2>
        <p className="muted small">
          The lead stays, moves to group Customer and links to what it became. Existing records only get their empty fields filled, unless you tick Overwrite. You can undo the whole conversion afterwards.
        </p>
        {loadError ? (
          <p className="field-error" role="alert">
            {loadError}
          </p>
        ) : null}
        {readiness && !readiness.ready ? (
          <div className="convert-warning" role="alert" data-testid="convert-warning">
            <p>{readiness.reasons.join(' ')}</p>
            {readiness.allowed ? (
              <label className="check">
                <input type="checkbox" checked={anyway} onChange={(event) => setAnyway(event.target.checked)} /> Convert anyway
              </label>
            ) : null}
          </div>
        ) : readiness ? (
          <p className="muted small" data-testid="convert-ready">
            Ready: {readiness.reasons.join(' ')}
          </p>
        ) : null}

        {!matches || !choice ? (
          <p className="muted" aria-busy="true">
            Looking for existing contacts and accounts…
          </p>
        ) : (
          <div className="convert-choices">
            <fieldset>
              <legend>Contact</legend>
              <label className="convert-choice">
                <input type="radio" name="convert-contact" value="new" checked={choice.contact.mode === 'new'} onChange={(event) => choose('contact', event.target.value)} />
                <span>New contact</span>
              </label>
              {matches.contacts.map(({ contact, reasons }) => (
                <label className="convert-choice" key={contact.id}>
                  <input type="radio" name="convert-contact" value={`existing:${contact.id}`} checked={choiceValue(choice.contact) === `existing:${contact.id}`} onChange={(event) => choose('contact', event.target.value)} />
                  <span>
                    Existing: {contact.name || contact.email}
                    <span className="muted small">{reasons.join('; ')}</span>
                  </span>
                </label>
              ))}
              {matches.contacts.length === 0 ? <p className="muted small">No contact has this lead's email.</p> : null}
            </fieldset>
            <fieldset>
              <legend>Account</legend>
              <label className="convert-choice">
                <input type="radio" name="convert-account" value="new" checked={choice.account?.mode === 'new'} disabled={company === ''} onChange={(event) => choose('account', event.target.value)} />
                <span>{company === '' ? 'New account (the lead names no company)' : `New account: ${company}`}</span>
              </label>
              {matches.accounts.map(({ account, reasons }) => (
                <label className="convert-choice" key={account.id}>
                  <input type="radio" name="convert-account" value={`existing:${account.id}`} checked={choiceValue(choice.account) === `existing:${account.id}`} onChange={(event) => choose('account', event.target.value)} />
                  <span>
                    Existing: {account.name}
                    <span className="muted small">{reasons.join('; ')}</span>
                  </span>
                </label>
              ))}
              <label className="convert-choice">
                <input type="radio" name="convert-account" value="none" checked={choice.account === null} onChange={(event) => choose('account', event.target.value)} />
                <span>No account</span>
              </label>
              {matches.accounts.length === 0 ? <p className="muted small">No account shares this lead's domain or company name.</p> : null}
            </fieldset>
          </div>
        )}

        {preview ? (
          <ConvertPreviewTable
            lines={preview.lines}
            overwrite={{ contact: choice?.contact.mode === 'existing' ? choice.contact.overwrite : null, account: choice?.account?.mode === 'existing' ? choice.account.overwrite : null }}
            onToggle={toggleOverwrite}
          />
        ) : null}
        {preview && preview.problems.length > 0 ? (
          <ul className="field-error" role="alert">
            {preview.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        ) : null}
        {action.error ? (
          <p className="field-error" role="alert">
            Not converted: {action.error}
          </p>
        ) : null}
        <div className="convert-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={blocked || action.busy} aria-busy={action.busy}>
            {action.busy ? 'Converting…' : 'Convert'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
