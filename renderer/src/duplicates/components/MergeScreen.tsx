import { useEffect, useRef, useState } from 'react';
import type { DuplicateQueueGroup, MergeOutcome, MergePreviewData } from '../../../data/duplicatesContract';
import { useLeadCenter } from '../../app/useLeadCenter';
import { formatDateTime } from '../../ui/formatDateTime';
import { errorText, useBusyAction } from '../../ui/useBusyAction';
import { counterWords } from '../utils/counterWords';

interface MergeScreenProps {
  group: DuplicateQueueGroup;
  /** Back to the queue; with the outcome when the leads were merged. */
  onClose: (outcome?: MergeOutcome) => void;
}

/** At most this many leads in one merge (the change journal's limit). */
const maxLeads = 50;

/**
 * Merging a group: which leads, which one to keep, and for every field where they differ, which
 * value. Nothing is written before "Merge"; the merge can be undone afterwards.
 */
export function MergeScreen({ group, onClose }: MergeScreenProps) {
  const { data } = useLeadCenter();
  const [included, setIncluded] = useState<string[]>(() => group.leads.slice(0, maxLeads).map((row) => row.id));
  const [survivorId, setSurvivorId] = useState<string>(() => group.leads[0]?.id ?? '');
  // The preview belongs to one selection (leads and survivor); a stale one is not shown.
  const [loaded, setLoaded] = useState<{ key: string; preview: MergePreviewData | null; error: string | null } | null>(null);
  const [choices, setChoices] = useState<Record<string, string>>({});
  const merging = useBusyAction();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);

  const selection = `${included.join(',')}|${survivorId}`;
  useEffect(() => {
    let cancelled = false;
    data.duplicates
      .previewMerge(included, survivorId)
      .then((next) => {
        if (cancelled) return;
        setLoaded({ key: selection, preview: next, error: null });
        setChoices(Object.fromEntries(next.choices.map((choice) => [choice.id, choice.defaultLeadId])));
      })
      .catch((error: unknown) => {
        if (!cancelled) setLoaded({ key: selection, preview: null, error: errorText(error) });
      });
    return () => {
      cancelled = true;
    };
  }, [data, included, survivorId, selection]);
  const preview = loaded?.key === selection ? loaded.preview : null;
  const previewError = loaded?.key === selection ? loaded.error : null;

  const nameOf = (id: string): string => {
    const row = group.leads.find((lead) => lead.id === id);
    return row?.name || row?.email || 'Unnamed lead';
  };
  const toggle = (id: string, on: boolean) => {
    const next = on ? group.leads.map((row) => row.id).filter((other) => other === id || included.includes(other)) : included.filter((other) => other !== id);
    setIncluded(next);
    if (!next.includes(survivorId) && next[0]) setSurvivorId(next[0]);
  };
  const summaries = preview?.leads ?? [];
  const moving = summaries.filter((summary) => summary.lead.id !== survivorId);
  const notes = moving.reduce((sum, summary) => sum + summary.notes, 0);
  const reminders = moving.reduce((sum, summary) => sum + summary.reminders, 0);

  const merge = () =>
    merging.run(async () => {
      const outcome = await data.duplicates.merge({ leadIds: included, survivorId, choices });
      onClose(outcome);
    });

  return (
    <section
      className="page duplicates-page merge-screen"
      aria-labelledby="merge-heading"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !merging.busy) onClose();
      }}
    >
      <header className="page-header">
        <h1 id="merge-heading" ref={heading} tabIndex={-1}>
          Merge leads
        </h1>
        <p className="muted">Esc goes back to the queue without merging. One lead is kept; the others are folded into it and deleted. Their notes, reminders, tags and history move to the kept lead.</p>
      </header>

      {group.leads.length > 2 ? (
        <fieldset className="merge-fieldset">
          <legend>Leads to merge</legend>
          {group.leads.map((row, index) => (
            <label key={row.id} className="merge-option">
              <input
                type="checkbox"
                checked={included.includes(row.id)}
                disabled={(included.includes(row.id) && included.length <= 2) || (!included.includes(row.id) && included.length >= maxLeads) || index >= maxLeads}
                onChange={(event) => toggle(row.id, event.target.checked)}
              />
              {nameOf(row.id)} <span className="muted">{[row.email, row.company].filter(Boolean).join(' · ')}</span>
            </label>
          ))}
        </fieldset>
      ) : null}

      <fieldset className="merge-fieldset">
        <legend>Keep which lead?</legend>
        {group.leads
          .filter((row) => included.includes(row.id))
          .map((row) => {
            const summary = summaries.find((item) => item.lead.id === row.id);
            return (
              <label key={row.id} className="merge-option">
                <input type="radio" name="merge-survivor" checked={survivorId === row.id} onChange={() => setSurvivorId(row.id)} />
                <strong>{nameOf(row.id)}</strong>{' '}
                <span className="muted">
                  {[row.email, row.company, `created ${formatDateTime(row.createdAt)}`, summary ? `${summary.notes} notes, ${summary.reminders} reminders` : ''].filter(Boolean).join(' · ')}
                </span>
              </label>
            );
          })}
      </fieldset>

      {previewError ? (
        <p className="field-error" role="alert">
          {previewError}
        </p>
      ) : preview === null ? (
        <p className="muted" aria-busy="true">
          Comparing the leads…
        </p>
      ) : (
        <>
          <section className="merge-fields" aria-labelledby="merge-fields-heading">
            <h2 id="merge-fields-heading">Values to keep</h2>
            {preview.choices.length === 0 ? (
              <p className="muted">The leads agree on every field they both have: nothing to pick.</p>
            ) : (
              preview.choices.map((choice) => (
                <fieldset key={choice.id} className="merge-fieldset merge-field" data-testid={`merge-field-${choice.id}`}>
                  <legend>{choice.label}</legend>
                  {choice.options.map((option) => (
                    <label key={option.leadId} className="merge-option">
                      <input
                        type="radio"
                        name={`merge-field-${choice.id}`}
                        checked={choices[choice.id] === option.leadId}
                        onChange={() => setChoices({ ...choices, [choice.id]: option.leadId })}
                      />
                      {option.value === '' ? <span className="muted">(empty)</span> : option.value}{' '}
                      <span className="muted">— {nameOf(option.leadId)}</span>
                    </label>
                  ))}
                </fieldset>
              ))
            )}
            {preview.filled.length > 0 ? (
              <div>
                <h3>Filled from the other leads</h3>
                <ul className="merge-summary">
                  {preview.filled.map((item) => (
                    <li key={item.id}>
                      {item.label}: {item.value} <span className="muted">— {nameOf(item.leadId)}</span>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </section>

          <section aria-labelledby="merge-result-heading">
            <h2 id="merge-result-heading">After the merge</h2>
            <ul className="merge-summary">
              <li>Tags: {preview.tags.length > 0 ? preview.tags.join(', ') : 'none'}</li>
              <li>Activity (added together): {counterWords(preview.counters) || 'none yet'}</li>
              <li>
                Moving to {nameOf(survivorId)}: {notes} {notes === 1 ? 'note' : 'notes'}, {reminders} {reminders === 1 ? 'reminder' : 'reminders'}, and the history of{' '}
                {moving.map((summary) => nameOf(summary.lead.id)).join(', ')}
              </li>
              <li>Deleted: {moving.map((summary) => nameOf(summary.lead.id)).join(', ')} — you can undo the merge afterwards.</li>
            </ul>
          </section>
        </>
      )}

      <div className="merge-actions">
        <button type="button" className="primary" onClick={() => void merge()} disabled={merging.busy || preview === null}>
          {merging.busy ? 'Merging…' : `Merge ${included.length} leads`}
        </button>
        <button type="button" onClick={() => onClose()} disabled={merging.busy}>
          Cancel
        </button>
        {merging.error ? (
          <p className="field-error" role="alert">
            Not merged: {merging.error}
          </p>
        ) : null}
      </div>
    </section>
  );
}
