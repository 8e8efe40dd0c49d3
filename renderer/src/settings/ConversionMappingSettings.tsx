import { useMemo, useState } from 'react';
import { customKey, customPrefix, leadSourceFields, targetFields, type ConversionTarget } from '../../../core/conversion/conversionFields';
import { conversionMapping, type ConversionMapping, type MappingLine } from '../../../core/conversion/conversionMapping';
import { useLeadCenter } from '../app/useLeadCenter';
import { useBusyAction } from '../ui/useBusyAction';
import { useObservable } from '../ui/useObservable';
import { useToastStore } from '../ui/useToastStore';
import '../accounts/conversion.css';

const custom = '__custom__';

/** A select's value for a field path: the path itself, or "custom" for customFields.<key>. */
const pickValue = (path: string): string => (customKey(path) !== null || path.startsWith(customPrefix) ? custom : path);

/** One side of a line: a known field or a custom field with its key. */
function FieldPicker({
  id,
  label,
  path,
  options,
  onChange,
}: {
  id: string;
  label: string;
  path: string;
  options: readonly { path: string; label: string }[];
  onChange: (path: string) => void;
}) {
  const isCustom = pickValue(path) === custom;
  return (
    <div className="row">
      <select id={id} aria-label={label} value={pickValue(path)} onChange={(event) => onChange(event.target.value === custom ? customPrefix : event.target.value)}>
        {options.map((option) => (
          <option key={option.path} value={option.path}>
            {option.label}
          </option>
        ))}
        <option value={custom}>Custom field…</option>
      </select>
      {isCustom ? (
        <input
          aria-label={`${label}: custom field key`}
          placeholder="key"
          value={path.slice(customPrefix.length)}
          maxLength={60}
          onChange={(event) => onChange(`${customPrefix}${event.target.value.trim()}`)}
        />
      ) : null}
    </div>
  );
}

/**
 * Settings → Conversion: which lead field goes to which contact or account field when a lead is
 * converted, custom fields included, and where the lead's other custom fields go.
 */
export function ConversionMappingSettings() {
  const { data } = useLeadCenter();
  const stored = useObservable<{ mapping: ConversionMapping; problem: string | null } | null>(useMemo(() => data.conversion.observeMapping(), [data]), null);
  const [draft, setDraft] = useState<ConversionMapping | null>(null);
  const save = useBusyAction();
  const showToast = useToastStore((state) => state.showToast);
  if (!stored) return <p className="muted">Reading the conversion mapping…</p>;
  // The saved mapping until the seller edits it.
  return <MappingEditor stored={stored} draft={draft ?? stored.mapping} setDraft={setDraft} save={save} onSaved={(message) => showToast({ message })} />;
}

function MappingEditor({
  stored,
  draft,
  setDraft,
  save,
  onSaved,
}: {
  stored: { mapping: ConversionMapping; problem: string | null };
  draft: ConversionMapping;
  setDraft: (mapping: ConversionMapping | null) => void;
  save: ReturnType<typeof useBusyAction>;
  onSaved: (message: string) => void;
}) {
  const { data } = useLeadCenter();
  const checked = conversionMapping.safeParse(draft);
  const problems = checked.success ? [] : checked.error.issues.map((issue) => (typeof issue.path[1] === 'number' ? `Line ${issue.path[1] + 1}: ${issue.message}` : issue.message));
  const changed = JSON.stringify(draft) !== JSON.stringify(stored.mapping);

  const setLine = (index: number, patch: Partial<MappingLine>) => setDraft({ ...draft, lines: draft.lines.map((line, i) => (i === index ? { ...line, ...patch } : line)) });

  return (
    <section aria-labelledby="conversion-mapping-heading">
      <h2 id="conversion-mapping-heading">Conversion</h2>
      <p className="muted">
        When a lead is converted, each line copies a lead field into the new contact or account. Into an existing contact or account, only empty fields are filled unless the seller ticks Overwrite in the Convert dialog.
        A lead converts without a warning when it is in group Qualified, or when its budget, authority, need and fit are at least medium, influencer, medium and good; otherwise the seller is warned and may convert anyway.
      </p>
      {stored.problem ? <p className="field-error">{stored.problem}</p> : null}
      <table className="convert-preview mapping-table" aria-label="Conversion mapping">
        <thead>
          <tr>
            <th scope="col">Lead field</th>
            <th scope="col">Goes to</th>
            <th scope="col">Field</th>
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {draft.lines.map((line, index) => (
            <tr key={index}>
              <td>
                <FieldPicker id={`mapping-from-${index}`} label={`Line ${index + 1} lead field`} path={line.from} options={leadSourceFields} onChange={(from) => setLine(index, { from })} />
              </td>
              <td>
                <select
                  aria-label={`Line ${index + 1} goes to`}
                  value={line.target}
                  onChange={(event) => {
                    const target = event.target.value as ConversionTarget;
                    const to = targetFields[target].some((field) => field.path === line.to) || line.to.startsWith(customPrefix) ? line.to : (targetFields[target][0]?.path ?? 'name');
                    setLine(index, { target, to });
                  }}
                >
                  <option value="contact">Contact</option>
                  <option value="account">Account</option>
                </select>
              </td>
              <td>
                <FieldPicker id={`mapping-to-${index}`} label={`Line ${index + 1} ${line.target} field`} path={line.to} options={targetFields[line.target]} onChange={(to) => setLine(index, { to })} />
              </td>
              <td>
                <button type="button" className="icon-button" aria-label={`Remove line ${index + 1}`} onClick={() => setDraft({ ...draft, lines: draft.lines.filter((_, i) => i !== index) })}>
                  ×
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="row">
        <button type="button" onClick={() => setDraft({ ...draft, lines: [...draft.lines, { from: customPrefix, target: 'contact', to: customPrefix }] })}>
          Add a line
        </button>
      </div>
      <label className="field">
        <span>The lead's other custom fields go to</span>
        <select value={draft.otherCustomFields} onChange={(event) => setDraft({ ...draft, otherCustomFields: event.target.value as ConversionMapping['otherCustomFields'] })}>
          <option value="contact">The contact (same key)</option>
          <option value="account">The account (same key)</option>
          <option value="skip">Nowhere</option>
        </select>
      </label>
      {problems.length > 0 ? (
        <ul className="field-error" role="alert">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      ) : null}
      {save.error ? (
        <p className="field-error" role="alert">
          Not saved: {save.error}
        </p>
      ) : null}
      <div className="row">
        <button
          type="button"
          className="primary"
          disabled={!changed || problems.length > 0 || save.busy}
          onClick={() =>
            void save.run(async () => {
              if (!checked.success) return;
              await data.conversion.saveMapping(checked.data);
              setDraft(null);
              onSaved('Conversion mapping saved');
            })
          }
        >
          Save mapping
        </button>
        <button type="button" disabled={!changed} onClick={() => setDraft(null)}>
          Discard changes
        </button>
        <button
          type="button"
          onClick={() =>
            void save.run(async () => {
              await data.conversion.resetMapping();
              setDraft(null);
              onSaved('Conversion mapping back to the default');
            })
          }
        >
          Restore the default
        </button>
      </div>
    </section>
  );
}
