import { useEffect, useMemo, useState } from 'react';
import type { Dispatch } from '../../../../core/model/dispatch';
import type { Lead } from '../../../../core/model/lead';
import { questionnaireLink, type QuestionnaireSettings } from '../../../../core/questionnaires/questionnaireTemplate';
import type { DispatchPlan, StoredQuestionnaire } from '../../../data/questionnaireContract';
import { useLeadCenter } from '../../app/useLeadCenter';
import { formatDateTime } from '../../ui/formatDateTime';
import { errorText, useBusyAction } from '../../ui/useBusyAction';
import { useObservable } from '../../ui/useObservable';
import { useToastStore } from '../../ui/useToastStore';
import '../../questionnaires/components/questionnaires.css';

/** Send a questionnaire that asks only what is missing, and follow what came back. */
export function QuestionnaireSection({ lead }: { lead: Lead }) {
  const { data } = useLeadCenter();
  const showToast = useToastStore((s) => s.showToast);
  const templates = useObservable<StoredQuestionnaire[] | null>(useMemo(() => data.questionnaires.observeTemplates(), [data]), null);
  const settings = useObservable<QuestionnaireSettings | null>(useMemo(() => data.questionnaires.observeSettings(), [data]), null);
  const dispatches = useObservable<Dispatch[] | null>(useMemo(() => data.questionnaires.observeDispatches(lead.id), [data, lead.id]), null);
  const [chosen, setChosen] = useState('');
  const templateId = chosen !== '' ? chosen : (settings?.defaultTemplateId ?? '');
  const [plan, setPlan] = useState<DispatchPlan | null>(null);
  const [planError, setPlanError] = useState<string | null>(null);
  const send = useBusyAction();

  // What would be asked follows the lead: a field filled elsewhere drops out of the questionnaire.
  useEffect(() => {
    if (templateId === '') return;
    let current = true;
    data.questionnaires.plan(lead.id, templateId).then(
      (next) => current && (setPlan(next), setPlanError(null)),
      (error: unknown) => current && setPlanError(errorText(error)),
    );
    return () => {
      current = false;
    };
  }, [data, lead, templateId, dispatches]);

  const general = plan?.ask.filter((q) => q.section !== 'quote').length ?? 0;
  const quote = plan?.ask.filter((q) => q.section === 'quote').length ?? 0;

  return (
    <section className="detail-section questionnaire-lead" aria-labelledby="questionnaire-lead-heading">
      <h3 id="questionnaire-lead-heading">Questionnaire</h3>
      {templates !== null && templates.length > 1 ? (
        <label>
          Questionnaire
          <select value={templateId} onChange={(e) => setChosen(e.target.value)}>
            {templates.map(({ id, template }) => (
              <option key={id} value={id}>
                {template.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {planError ? <p className="field-error">{planError}</p> : null}
      {plan === null ? (
        <p className="muted">Working out what to ask…</p>
      ) : (
        <>
          <p data-testid="questionnaire-plan">
            {plan.refused ??
              `Asks ${plan.ask.length} ${plan.ask.length === 1 ? 'question' : 'questions'}: ${general} general, ${quote} for the quote${
                plan.skipped.length > 0 ? `; ${plan.skipped.length} left out as already known` : ''
              }.`}
            {plan.knownContact ? ' A known contact: only missing data is asked.' : ''}
          </p>
          {plan.skipped.length > 0 ? (
            <details>
              <summary>Left out</summary>
              <ul className="small">
                {plan.skipped.map((s) => (
                  <li key={s.questionId}>
                    {s.label}: {s.reason}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          <button
            type="button"
            disabled={plan.refused !== null || send.busy}
            onClick={() =>
              void send.run(async () => {
                const sent = await data.questionnaires.send(lead.id, { templateId });
                showToast({
                  tone: 'info',
                  message:
                    sent.unfilledTokens.length > 0
                      ? `Questionnaire email drafted; fill ${sent.unfilledTokens.join(', ')} in Approvals before it can go`
                      : 'Questionnaire email is waiting for approval',
                });
              })
            }
          >
            {send.busy ? 'Sending…' : 'Send questionnaire'}
          </button>
          {send.error ? (
            <p className="field-error" role="alert">
              {send.error}
            </p>
          ) : null}
        </>
      )}
      {dispatches !== null && dispatches.length > 0 ? (
        <ul className="dispatch-list" aria-label="Questionnaires sent">
          {dispatches.map((d) => (
            <DispatchLine key={d.id} dispatch={d} baseUrl={settings?.platformBaseUrl ?? ''} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function DispatchLine({ dispatch, baseUrl }: { dispatch: Dispatch; baseUrl: string }) {
  const { data } = useLeadCenter();
  const showToast = useToastStore((s) => s.showToast);
  const reopen = useBusyAction();
  const answered = dispatch.answeredAt !== null || dispatch.processedAt !== null;
  const label = (id: string) => dispatch.questions.find((q) => q.id === id)?.label ?? id;
  const state =
    dispatch.processedAt !== null
      ? `Answered ${formatDateTime(dispatch.answeredAt ?? dispatch.processedAt)}`
      : dispatch.answeredAt !== null
        ? 'Answers arrived, being handled…'
        : 'Waiting for answers';
  return (
    <li className="dispatch-line" data-testid="dispatch-line">
      <div>
        <strong>{state}</strong> · sent {dispatch.sentAt === null ? '—' : formatDateTime(dispatch.sentAt)} · {dispatch.questions.length} questions
        {dispatch.ruleId !== '' ? ' · by a rule' : ''}
      </div>
      {baseUrl !== '' ? (
        <div className="small muted dispatch-link">
          Link: <code>{questionnaireLink(baseUrl, dispatch.token)}</code> · <a href="#/approvals">email in Approvals</a>
        </div>
      ) : null}
      {answered ? (
        <div className="dispatch-reopen">
          <button
            type="button"
            disabled={reopen.busy}
            onClick={() =>
              void reopen.run(async () => {
                await data.questionnaires.reopen(dispatch.id);
                showToast({ tone: 'info', message: 'The buyer can answer again at the same link' });
              })
            }
          >
            {reopen.busy ? 'Opening…' : 'Let the buyer answer again'}
          </button>
          {reopen.error ? (
            <p className="field-error" role="alert">
              {reopen.error}
            </p>
          ) : null}
        </div>
      ) : null}
      {dispatch.problems.length > 0 ? (
        <ul className="dispatch-problems" aria-label="Answers not written into the lead">
          {dispatch.problems.map((p, i) => (
            <li key={i}>
              {p.questionId === '' ? p.reason : `${label(p.questionId)}: ${p.reason}`}
              {p.questionId !== '' && dispatch.answers[p.questionId] !== undefined ? ` (answered “${String(dispatch.answers[p.questionId])}”)` : ''}
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
