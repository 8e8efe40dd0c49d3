import { useCallback, useState } from 'react';
import type { AiSettingsView } from '../../../../core/desktop-api';
import { useLeadCenter } from '../../app/useLeadCenter';
import { useToastStore } from '../../ui/useToastStore';
import { useHostValue } from '../hooks/useHostValue';
import { aiSettingsFromForm, formFromAiSettings, isRemoteEndpoint, ollamaBaseUrl, type AiSettingsForm } from '../utils/aiSettingsForm';
import { sameForm } from '../utils/mailSettingsForm';
import { keepSecret, secretChanges, secretForRequest, type SecretChange } from '../utils/secretChange';
import type { SettingsProblems } from '../utils/settingsProblems';
import { HostUnavailable } from './HostUnavailable';
import { SecretField } from './SecretField';
import { TextField } from './TextField';

/** The optional AI drafter: any OpenAI-compatible chat-completions endpoint, off by default. */
export function AiDrafterSettings() {
  const { desktopApi } = useLeadCenter();
  const load = useCallback(() => desktopApi.getAiSettings(), [desktopApi]);
  const host = useHostValue(load);
  return (
    <div className="settings-stack">
      <div className="card">
        <h2>AI drafter</h2>
        <p className="muted">
          Drafts an email from the lead’s details, recent events and notes with a chat-completions model you choose — for example a local Ollama. When the drafter is off or
          cannot be reached, the template drafter fills in the engagement level’s template instead, and the draft says so. Every draft, AI or not, waits for approval before it
          is sent.
        </p>
        {host.value === null ? <HostUnavailable what="the AI drafter settings" error={host.error} onRetry={host.reload} /> : <AiDrafterForm view={host.value} onSaved={host.set} />}
      </div>
    </div>
  );
}

function AiDrafterForm({ view, onSaved }: { view: AiSettingsView; onSaved(view: AiSettingsView): void }) {
  const { desktopApi } = useLeadCenter();
  const showToast = useToastStore((s) => s.showToast);
  const saved = formFromAiSettings(view.settings);
  const [form, setForm] = useState<AiSettingsForm>(saved);
  const [secret, setSecret] = useState<SecretChange>(keepSecret);
  const [problems, setProblems] = useState<SettingsProblems>(new Map());
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const dirty = !sameForm(form, saved) || secretChanges(secret);

  const change = (patch: Partial<AiSettingsForm>): void => {
    setForm((f) => ({ ...f, ...patch }));
    setError(null);
  };

  const save = async (): Promise<void> => {
    const checked = aiSettingsFromForm(form);
    if (!checked.ok) {
      setProblems(checked.problems);
      setError('Some settings need fixing before they can be saved; see the marked fields.');
      return;
    }
    setProblems(new Map());
    setSaving(true);
    try {
      const next = await desktopApi.saveAiSettings({ settings: checked.value, apiKey: secretForRequest(secret) });
      setSecret(keepSecret);
      setForm(formFromAiSettings(next.settings));
      setError(null);
      onSaved(next);
      showToast({ message: next.settings?.enabled === true ? 'AI drafter saved and on.' : 'AI drafter saved; it is off.' });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };

  const discard = (): void => {
    setForm(saved);
    setSecret(keepSecret);
    setProblems(new Map());
    setError(null);
  };

  return (
    <>
      <div className="settings-save-bar" role="group" aria-label="Save AI drafter settings">
        <span className={dirty ? 'dirty-indicator is-dirty' : 'dirty-indicator'} aria-live="polite">
          {dirty ? 'Unsaved changes' : view.settings?.enabled === true ? 'On; all changes saved' : 'Off'}
        </span>
        <button type="button" className="primary" disabled={!dirty || saving} onClick={() => void save()}>
          Save AI drafter
        </button>
        <button type="button" disabled={!dirty || saving} onClick={discard}>
          Discard changes
        </button>
        {error !== null ? (
          <p className="field-error settings-save-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <label className="check">
        <input type="checkbox" checked={form.enabled} onChange={(e) => change({ enabled: e.target.checked })} />
        Draft emails with AI
      </label>
      <div className="form-grid">
        <TextField
          label="API base URL"
          type="url"
          wide
          value={form.baseUrl}
          placeholder={ollamaBaseUrl}
          hint={`Any OpenAI-compatible endpoint: ${ollamaBaseUrl} for Ollama on this computer, https://api.openai.com/v1 for OpenAI.`}
          problem={problems.get('baseUrl')}
          onChange={(baseUrl) => change({ baseUrl })}
        />
        <TextField label="Model" value={form.model} placeholder="llama3.1" problem={problems.get('model')} onChange={(model) => change({ model })} />
        <TextField
          label="Timeout (seconds)"
          inputMode="numeric"
          value={form.timeoutSeconds}
          hint="After this long the template drafter is used instead."
          problem={problems.get('timeoutSeconds')}
          onChange={(timeoutSeconds) => change({ timeoutSeconds })}
        />
        <SecretField label="API key" saved={view.apiKeySaved} storage={view.secretStorage} change={secret} onChange={setSecret} />
      </div>
      <p className="muted small">Leave the API key empty for a local model that needs none. The key is kept in {view.secretStorage}, never in the lead database or this page.</p>
      {form.enabled && isRemoteEndpoint(form.baseUrl) ? (
        <p className="settings-warning" role="note">
          This endpoint is on another computer: the lead’s name, company, recent events and notes are sent to it with each draft request.
        </p>
      ) : null}
    </>
  );
}
