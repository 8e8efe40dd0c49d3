import { useState } from 'react';
import { questionKinds, questionSections, type DispatchQuestion } from '../../../../core/model/dispatch';
import { customFieldKey, findAnswerableField } from '../../../../core/questionnaires/answerableFields';
import { defaultQuestionnaire } from '../../../../core/questionnaires/defaultQuestionnaire';
import { templateProblem, type QuestionnaireTemplate } from '../../../../core/questionnaires/questionnaireTemplate';
import type { QualificationField } from '../../../../core/reference/qualificationOptions';
import type { StoredQuestionnaire } from '../../../data/questionnaireContract';
import { navigate } from '../../app/navigate';
import { useLeadCenter } from '../../app/useLeadCenter';
import { useLeadSettings } from '../../lead-settings/useLeadSettings';
import { useBusyAction } from '../../ui/useBusyAction';
import { useToastStore } from '../../ui/useToastStore';
import { canMove, fieldsForSection, moveQuestion, newQuestion, optionsFromText, removeQuestion, withLeadField } from '../utils/questionDraft';
import { kindLabels, sectionLabels } from '../utils/questionWords';

/** A blank questionnaire starts with the email text of the default one. */
function blankTemplate(): QuestionnaireTemplate {
  return { name: '', description: '', emailSubject: defaultQuestionnaire.emailSubject, emailBody: defaultQuestionnaire.emailBody, questions: [] };
}

/** Builds a questionnaire: name, email, and the questions in order (add, remove, move, kind, options, required, lead field). */
export function QuestionnaireEditor({ stored, isDefault }: { stored: StoredQuestionnaire | null; isDefault: boolean }) {
  const { data } = useLeadCenter();
  const { settings } = useLeadSettings();
  const showToast = useToastStore((s) => s.showToast);
  const [draft, setDraft] = useState<QuestionnaireTemplate>(() => stored?.template ?? blankTemplate());
  const save = useBusyAction();
  const remove = useBusyAction();
  const problem = templateProblem(draft);
  const labelsOf = (field: string) => (field in settings.qualification ? settings.qualification[field as QualificationField].map((o) => o.label) : null);

  // An edit clears the last save's error: the live problem below says what is still missing.
  const edit = (next: QuestionnaireTemplate) => {
    save.setError(null);
    setDraft(next);
  };
  const setQuestions = (questions: DispatchQuestion[]) => edit({ ...draft, questions });
  const change = (index: number, next: DispatchQuestion) => setQuestions(draft.questions.map((q, i) => (i === index ? next : q)));

  return (
    <section className="page questionnaire-editor" aria-labelledby="questionnaire-editor-heading">
      <header className="page-header">
        <h1 id="questionnaire-editor-heading">{stored ? `Questionnaire: ${stored.template.name}` : 'New questionnaire'}</h1>
        <p className="muted">
          <a href="#/questionnaires">All questionnaires</a>
          {isDefault ? ' · the default questionnaire (the rule action “send questionnaire” sends it)' : ''}
        </p>
      </header>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (problem !== null) {
            save.setError(problem);
            return;
          }
          void save.run(async () => {
            const id = await data.questionnaires.saveTemplate(stored?.id ?? null, draft);
            showToast({ tone: 'info', message: `Questionnaire “${draft.name.trim()}” saved` });
            navigate({ name: 'questionnaires', templateId: id });
          });
        }}
      >
        <div className="card questionnaire-head">
          <label>
            Name
            <input value={draft.name} onChange={(e) => edit({ ...draft, name: e.target.value })} required maxLength={100} />
          </label>
          <label>
            Description
            <input value={draft.description} onChange={(e) => edit({ ...draft, description: e.target.value })} maxLength={500} />
          </label>
          <label>
            Email subject
            <input value={draft.emailSubject} onChange={(e) => edit({ ...draft, emailSubject: e.target.value })} maxLength={300} />
          </label>
          <label>
            Email text
            <textarea rows={8} value={draft.emailBody} onChange={(e) => edit({ ...draft, emailBody: e.target.value })} aria-describedby="email-text-help" />
          </label>
          <p id="email-text-help" className="muted small">
            {'{{questionnaire.link}}'} becomes the buyer’s personal link; {'{{lead.firstName}}'}, {'{{seller.name}}'} and the other email tokens are filled as in email templates.
          </p>
        </div>

        {questionSections.map((section) => {
          const inSection = draft.questions.map((q, index) => ({ q, index })).filter(({ q }) => q.section === section);
          return (
            <fieldset key={section} className="questionnaire-section" data-testid={`section-${section}`}>
              <legend>
                {section === 'quote' ? 'Specific data for a quote' : `General information: ${sectionLabels[section]}`} ({inSection.length})
              </legend>
              {inSection.length === 0 ? <p className="muted small">No questions here.</p> : null}
              <ol className="question-list">
                {inSection.map(({ q, index }) => (
                  <QuestionRow
                    key={q.id}
                    question={q}
                    position={index + 1}
                    first={!canMove(draft.questions, index, -1)}
                    last={!canMove(draft.questions, index, 1)}
                    onChange={(next) => change(index, next)}
                    onLeadField={(field) => change(index, withLeadField(q, field, labelsOf))}
                    onMove={(by) => setQuestions(moveQuestion(draft.questions, index, by))}
                    onRemove={() => setQuestions(removeQuestion(draft.questions, index))}
                  />
                ))}
              </ol>
              <button type="button" onClick={() => setQuestions([...draft.questions, newQuestion(draft.questions, section)])}>
                Add a {sectionLabels[section]} question
              </button>
            </fieldset>
          );
        })}

        {save.error ? (
          <p className="field-error" role="alert">
            {save.error}
          </p>
        ) : problem !== null && draft.questions.length > 0 ? (
          <p className="muted" role="status">
            To save: {problem}
          </p>
        ) : null}
        <div className="row questionnaire-actions">
          <button type="submit" className="primary" disabled={save.busy}>
            {save.busy ? 'Saving…' : 'Save questionnaire'}
          </button>
          <button type="button" onClick={() => navigate({ name: 'questionnaires', templateId: null })}>
            Cancel
          </button>
          {stored && !isDefault ? (
            <button
              type="button"
              className="danger"
              disabled={remove.busy}
              onClick={() =>
                void remove.run(async () => {
                  await data.questionnaires.deleteTemplate(stored.id);
                  navigate({ name: 'questionnaires', templateId: null });
                })
              }
            >
              Delete
            </button>
          ) : null}
        </div>
        {remove.error ? (
          <p className="field-error" role="alert">
            {remove.error}
          </p>
        ) : null}
      </form>
    </section>
  );
}

interface QuestionRowProps {
  question: DispatchQuestion;
  position: number;
  first: boolean;
  last: boolean;
  onChange(next: DispatchQuestion): void;
  onLeadField(field: string): void;
  onMove(by: -1 | 1): void;
  onRemove(): void;
}

function QuestionRow({ question, position, first, last, onChange, onLeadField, onMove, onRemove }: QuestionRowProps) {
  const name = `Question ${position}`;
  const fields = fieldsForSection(question.section);
  const custom = customFieldKey(question.leadField);
  const choice = question.kind === 'single_choice' || question.kind === 'multiple_choice';
  const fromSettings = findAnswerableField(question.leadField)?.qualification !== undefined;
  const fieldValue = custom !== null ? 'custom' : question.leadField;
  const [optionText, setOptionText] = useState(question.options.join('\n'));

  return (
    <li className="question-row" aria-label={name} data-testid={`question-${question.id}`}>
      <div className="question-grid">
        <label className="question-label">
          {name}
          <input value={question.label} onChange={(e) => onChange({ ...question, label: e.target.value })} placeholder="What do you ask the buyer?" maxLength={500} />
        </label>
        <label>
          Part
          <select value={question.section} onChange={(e) => onChange({ ...question, section: e.target.value as DispatchQuestion['section'], leadField: '' })}>
            {questionSections.map((s) => (
              <option key={s} value={s}>
                {sectionLabels[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Answer
          <select value={question.kind} onChange={(e) => onChange({ ...question, kind: e.target.value as DispatchQuestion['kind'] })}>
            {questionKinds.map((k) => (
              <option key={k} value={k}>
                {kindLabels[k]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Fills lead field
          <select value={fieldValue} onChange={(e) => onLeadField(e.target.value === 'custom' ? `customFields.${question.id.replace(/[^A-Za-z0-9_]/g, '_')}` : e.target.value)}>
            <option value="">None (kept with the answers)</option>
            {fields.map((f) => (
              <option key={f.id} value={f.id}>
                {f.label}
              </option>
            ))}
            <option value="custom">Custom field…</option>
          </select>
        </label>
        {custom !== null ? (
          <label>
            Custom field key
            <input value={custom} onChange={(e) => onChange({ ...question, leadField: `customFields.${e.target.value}` })} pattern="[A-Za-z0-9_]{1,60}" spellCheck={false} />
          </label>
        ) : null}
        <label className="check">
          <input type="checkbox" checked={question.required} onChange={(e) => onChange({ ...question, required: e.target.checked })} />
          Required
        </label>
      </div>
      <label>
        Help text
        <input value={question.help} onChange={(e) => onChange({ ...question, help: e.target.value })} maxLength={1000} />
      </label>
      {choice ? (
        fromSettings ? (
          <p className="muted small">Options: {question.options.join(' · ')} (from Settings → Qualification; kept up to date when sent)</p>
        ) : (
          <label>
            Options, one per line
            <textarea
              rows={Math.min(8, Math.max(3, question.options.length + 1))}
              value={optionText}
              onChange={(e) => {
                setOptionText(e.target.value);
                onChange({ ...question, options: optionsFromText(e.target.value) });
              }}
            />
          </label>
        )
      ) : null}
      <div className="row question-buttons">
        <button type="button" onClick={() => onMove(-1)} disabled={first} aria-label={`Move ${name} up`}>
          ↑ Up
        </button>
        <button type="button" onClick={() => onMove(1)} disabled={last} aria-label={`Move ${name} down`}>
          ↓ Down
        </button>
        <button type="button" className="danger" onClick={onRemove} aria-label={`Remove ${name}`}>
          Remove
        </button>
      </div>
    </li>
  );
}
