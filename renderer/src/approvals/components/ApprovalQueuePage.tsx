import { useMemo, useRef, useState } from 'react';
import type { BulkEmailOutcome } from '../../../data/emailContract';
import { useLeadCenter } from '../../app/useLeadCenter';
import { useLeadListVersion } from '../../leads/hooks/useLeadListVersion';
import { useNow } from '../../ui/useNow';
import { useApprovalPolicy } from '../hooks/useApprovalPolicy';
import { useOfferApprovalUndo } from '../hooks/useOfferApprovalUndo';
import { useEmails } from '../hooks/useEmails';
import { useQueueKeys } from '../hooks/useQueueKeys';
import { useTemplateName } from '../hooks/useTemplateLibrary';
import { focusAfterLeaving, moveFocus } from '../utils/queueFocus';
import { authorsOf, filterQueue, isFiltered, noQueueFilters, type QueueFilters } from '../utils/queueFilters';
import { queueTabs, tabById, type QueueTabId } from '../utils/queueTabs';
import { LeadContextPanel } from './LeadContextPanel';
import { OutboxLine } from './OutboxLine';
import { QueueEmailPane, type QueuePaneActions } from './QueueEmailPane';
import { QueueFilterBar } from './QueueFilterBar';
import { QueueList } from './QueueList';
import { ShortcutLegend } from './ShortcutLegend';
import './approvals.css';

function focusRow(id: string | null) {
  if (id === null) return;
  requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-email-id="${CSS.escape(id)}"] .queue-row-main`)?.focus());
}

/**
 * The approval queue: what waits for this user's decision, oldest first, with the draft and the
 * lead's context side by side. Everything works from the keyboard (legend at the top).
 */
export function ApprovalQueuePage() {
  const { data } = useLeadCenter();
  const offerUndo = useOfferApprovalUndo();
  const now = useNow(60_000);
  const policy = useApprovalPolicy();
  const templateName = useTemplateName();
  const all = useEmails(undefined, 'all');
  const listVersion = useLeadListVersion(data.leadList);
  const [tabId, setTabId] = useState<QueueTabId>('pending');
  const [filters, setFilters] = useState<QueueFilters>(noQueueFilters);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [announcement, setAnnouncement] = useState('');
  const [bulk, setBulk] = useState<{ outcome: BulkEmailOutcome | null; error: string | null; busy: boolean }>({ outcome: null, error: null, busy: false });
  const pane = useRef<QueuePaneActions>(null);

  const tab = tabById(tabId);
  const inTab = useMemo(() => (all ?? []).filter((email) => tab.statuses.includes(email.status)), [all, tab]);
  const visible = useMemo(() => {
    const levelOf = (leadId: string) => data.leadList.get(leadId)?.engagementLevel ?? null;
    const sorted = filterQueue(inTab, filters, levelOf, now);
    return tabId === 'sent' ? sorted.reverse() : sorted;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- listVersion stands for the rows' levels
  }, [inTab, filters, now, tabId, data, listVersion]);
  const ids = useMemo(() => visible.map((email) => email.id), [visible]);
  const authors = useMemo(() => authorsOf(inTab), [inTab]);
  const counts = useMemo(() => {
    const byTab = new Map<QueueTabId, number>();
    for (const t of queueTabs) byTab.set(t.id, (all ?? []).filter((email) => t.statuses.includes(email.status)).length);
    return byTab;
  }, [all]);

  const focused = visible.find((email) => email.id === focusedId) ?? visible[0] ?? null;
  const selectable = tabId === 'pending';
  const chosen = ids.filter((id) => selected.has(id));

  function moveOn(leaving: ReadonlySet<string>, message: string) {
    const next = focusAfterLeaving(ids, focused?.id ?? null, leaving);
    setFocusedId(next);
    setSelected((current) => new Set([...current].filter((id) => !leaving.has(id))));
    setAnnouncement(message);
    focusRow(next);
  }

  async function approveSelected() {
    if (chosen.length === 0 || bulk.busy) return;
    setBulk({ outcome: null, error: null, busy: true });
    try {
      const outcome = await data.emails.approve(chosen);
      setBulk({ outcome, error: null, busy: false });
      offerUndo(outcome.done);
      moveOn(new Set(outcome.done), `Approved ${outcome.done.length} of ${chosen.length}.`);
    } catch (cause) {
      setBulk({ outcome: null, error: cause instanceof Error ? cause.message : String(cause), busy: false });
    }
  }

  useQueueKeys({
    move(delta) {
      const next = moveFocus(ids, focused?.id ?? null, delta);
      setFocusedId(next);
      focusRow(next);
    },
    approve: () => pane.current?.approve(),
    reject: () => pane.current?.startReject(),
    edit: () => pane.current?.edit(),
    toggle() {
      if (!selectable || !focused) return;
      const id = focused.id;
      setSelected((current) => {
        const next = new Set(current);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      });
    },
    approveSelected: () => void approveSelected(),
  });

  const subject = (id: string) => (all ?? []).find((email) => email.id === id)?.subject || id;

  return (
    <section className="page approvals-page" aria-labelledby="approvals-heading">
      <header className="page-header">
        <h1 id="approvals-heading">Approvals</h1>
        <p className="muted" data-testid="approval-summary">
          {all === null ? 'Reading emails…' : `${(counts.get('pending') ?? 0).toLocaleString()} waiting for approval`}
        </p>
        <ShortcutLegend />
      </header>
      <OutboxLine now={now} />

      <div className="queue-tabs" role="tablist" aria-label="Email status">
        {queueTabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            aria-selected={t.id === tabId}
            className={t.id === tabId ? 'is-active' : undefined}
            onClick={() => {
              setTabId(t.id);
              setFocusedId(null);
              setSelected(new Set());
              setBulk({ outcome: null, error: null, busy: false });
            }}
          >
            {t.label} <span className="tab-count">{(counts.get(t.id) ?? 0).toLocaleString()}</span>
          </button>
        ))}
      </div>

      <div className="queue-toolbar">
        <QueueFilterBar filters={filters} authors={authors} onChange={setFilters} />
        {selectable ? (
          <div className="row queue-bulk">
            <label className="check">
              <input
                type="checkbox"
                checked={visible.length > 0 && chosen.length === visible.length}
                ref={(input) => {
                  if (input) input.indeterminate = chosen.length > 0 && chosen.length < visible.length;
                }}
                disabled={visible.length === 0}
                onChange={(event) => setSelected(event.target.checked ? new Set(ids) : new Set())}
              />
              Select all shown
            </label>
            <button type="button" className="primary" disabled={chosen.length === 0 || bulk.busy} onClick={() => void approveSelected()}>
              Approve selected ({chosen.length})<kbd>Shift+A</kbd>
            </button>
          </div>
        ) : null}
      </div>

      {bulk.error ? (
        <p className="field-error" role="alert">
          Nothing approved: {bulk.error}
        </p>
      ) : null}
      {bulk.outcome && bulk.outcome.refused.length > 0 ? (
        <div className="bulk-refusals" role="alert" data-testid="bulk-refusals">
          <p>
            Approved {bulk.outcome.done.length}; {bulk.outcome.refused.length} could not be approved:
          </p>
          <ul>
            {bulk.outcome.refused.map((refusal) => (
              <li key={refusal.id}>
                “{subject(refusal.id)}”: {refusal.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>

      {all === null ? (
        <p className="muted" aria-busy="true">
          Reading emails…
        </p>
      ) : visible.length === 0 ? (
        <div className="empty-state" data-testid="queue-empty">
          <p>
            {isFiltered(filters)
              ? 'No email matches these filters.'
              : tabId === 'pending'
                ? 'Nothing waiting for your approval. Drafts submitted from a lead’s Emails section arrive here.'
                : `No emails here (${tab.label.toLowerCase()}).`}
          </p>
          {announcement ? <p className="muted">{announcement}</p> : null}
        </div>
      ) : (
        <div className="queue-layout">
          <QueueList
            emails={visible}
            leadList={data.leadList}
            focusedId={focused?.id ?? null}
            selected={selected}
            selectable={selectable}
            now={now}
            label={tab.label}
            onFocus={setFocusedId}
            onToggle={(id) =>
              setSelected((current) => {
                const next = new Set(current);
                if (next.has(id)) next.delete(id);
                else next.add(id);
                return next;
              })
            }
          />
          {focused ? (
            <>
              <QueueEmailPane key={focused.id} ref={pane} email={focused} policy={policy} templateName={templateName} onDone={(id, message) => moveOn(new Set([id]), message)} />
              <LeadContextPanel key={focused.leadId} leadId={focused.leadId} now={now} />
            </>
          ) : null}
        </div>
      )}
    </section>
  );
}
