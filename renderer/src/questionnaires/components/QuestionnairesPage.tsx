import { useMemo, useState } from 'react';
import type { QuestionnaireSettings } from '../../../../core/questionnaires/questionnaireTemplate';
import type { StoredQuestionnaire } from '../../../data/questionnaireContract';
import { navigate } from '../../app/navigate';
import { routeToHash } from '../../app/routeToHash';
import { useLeadCenter } from '../../app/useLeadCenter';
import { formatDateTime } from '../../ui/formatDateTime';
import { useBusyAction } from '../../ui/useBusyAction';
import { useObservable } from '../../ui/useObservable';
import { useToastStore } from '../../ui/useToastStore';
import { QuestionnaireEditor } from './QuestionnaireEditor';
import { sectionLabels } from '../utils/questionWords';
import './questionnaires.css';

/** #/questionnaires: the list and the form settings; #/questionnaires/<id> (or /new): the editor. */
export function QuestionnairesPage({ templateId }: { templateId: string | null }) {
  const { data } = useLeadCenter();
  const templates = useObservable<StoredQuestionnaire[] | null>(useMemo(() => data.questionnaires.observeTemplates(), [data]), null);
  const settings = useObservable<QuestionnaireSettings | null>(useMemo(() => data.questionnaires.observeSettings(), [data]), null);

  if (templateId !== null) {
    if (templates === null) return <p className="page muted">Opening the questionnaire…</p>;
    const stored = templates.find((t) => t.id === templateId) ?? null;
    if (templateId !== 'new' && stored === null) {
      return (
        <section className="page" aria-labelledby="questionnaire-missing">
          <h1 id="questionnaire-missing">Questionnaire not found</h1>
          <p className="muted">It may have been deleted.</p>
          <a href={routeToHash({ name: 'questionnaires', templateId: null })}>Back to questionnaires</a>
        </section>
      );
    }
    return <QuestionnaireEditor key={templateId} stored={stored} isDefault={settings?.defaultTemplateId === templateId} />;
  }

  return (
    <section className="page questionnaires-page" aria-labelledby="questionnaires-heading">
      <header className="page-header">
        <h1 id="questionnaires-heading">Questionnaires</h1>
        <p className="muted">
          Sent to a buyer to learn what a quote needs. General questions (personal, company, BANT-CHAMP) fill the lead and are asked only while the lead is missing
          them; quote questions are asked every time.
        </p>
        <div className="row">
          <button type="button" className="primary" onClick={() => navigate({ name: 'questionnaires', templateId: 'new' })}>
            New questionnaire
          </button>
        </div>
      </header>
      {templates === null ? (
        <p className="muted">Reading questionnaires…</p>
      ) : templates.length === 0 ? (
        <div className="empty-state">
          <p>No questionnaires yet. Make one with “New questionnaire”.</p>
        </div>
      ) : (
        <table className="questionnaire-table">
          <caption className="visually-hidden">Questionnaires</caption>
          <thead>
            <tr>
              <th scope="col">Questionnaire</th>
              {(['personal', 'company', 'bant_champ', 'quote'] as const).map((section) => (
                <th scope="col" key={section}>
                  {sectionLabels[section]}
                </th>
              ))}
              <th scope="col">Changed</th>
            </tr>
          </thead>
          <tbody>
            {templates.map(({ id, template, updatedAt }) => (
              <tr key={id} data-testid={`questionnaire-row-${id}`}>
                <th scope="row">
                  <a href={routeToHash({ name: 'questionnaires', templateId: id })}>{template.name}</a>
                  {settings?.defaultTemplateId === id ? <span className="questionnaire-default"> default</span> : null}
                  {template.description ? <div className="muted small">{template.description}</div> : null}
                </th>
                {(['personal', 'company', 'bant_champ', 'quote'] as const).map((section) => (
                  <td key={section}>{template.questions.filter((q) => q.section === section).length}</td>
                ))}
                <td>{formatDateTime(updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {settings !== null && templates !== null ? <SettingsForm key={`${settings.platformBaseUrl} ${settings.defaultTemplateId}`} settings={settings} templates={templates} /> : null}
    </section>
  );
}

/** Where the platform serves the forms, and which questionnaire goes when none is named. */
function SettingsForm({ settings, templates }: { settings: QuestionnaireSettings; templates: readonly StoredQuestionnaire[] }) {
  const { data } = useLeadCenter();
  const [baseUrl, setBaseUrl] = useState(settings.platformBaseUrl);
  const [defaultId, setDefaultId] = useState(settings.defaultTemplateId);
  const save = useBusyAction();
  const showToast = useToastStore((s) => s.showToast);
  const dirty = baseUrl !== settings.platformBaseUrl || defaultId !== settings.defaultTemplateId;

  return (
    <form
      className="card questionnaire-settings"
      aria-labelledby="questionnaire-settings-heading"
      onSubmit={(event) => {
        event.preventDefault();
        void save.run(async () => {
          await data.questionnaires.saveSettings({ platformBaseUrl: baseUrl.trim(), defaultTemplateId: defaultId });
          showToast({ message: 'Questionnaire sending settings saved' });
        });
      }}
    >
      <h2 id="questionnaire-settings-heading">Sending</h2>
      <label>
        Form address
        <input value={baseUrl} onChange={(e) => setBaseUrl(e.target.value)} aria-describedby="form-address-help" spellCheck={false} />
      </label>
      <p id="form-address-help" className="muted small">
        Each buyer gets a personal link: this address, then /q/ and an unguessable key. Power Cozmo serves the form there.
      </p>
      <label>
        Default questionnaire
        <select value={defaultId} onChange={(e) => setDefaultId(e.target.value)}>
          {templates.map(({ id, template }) => (
            <option key={id} value={id}>
              {template.name}
            </option>
          ))}
        </select>
      </label>
      <div className="row">
        <button type="submit" disabled={!dirty || save.busy}>
          {save.busy ? 'Saving…' : 'Save'}
        </button>
      </div>
      {save.error ? (
        <p className="field-error" role="alert">
          {save.error}
        </p>
      ) : null}
    </form>
  );
}
