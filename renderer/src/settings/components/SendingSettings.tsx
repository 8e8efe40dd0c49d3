import { useCallback, useId, useState } from 'react';
import type { MailServerCheck, MailSettingsView, SmtpSecurity } from '../../../../core/desktop-api';
import { useLeadCenter } from '../../app/useLeadCenter';
import { useToastStore } from '../../ui/useToastStore';
import { useHostValue } from '../hooks/useHostValue';
import { formFromMailSettings, mailSettingsFromForm, sameForm, standardPort, type MailSettingsForm } from '../utils/mailSettingsForm';
import { keepSecret, secretChanges, secretForRequest, type SecretChange } from '../utils/secretChange';
import type { SettingsProblems } from '../utils/settingsProblems';
import { HostUnavailable } from './HostUnavailable';
import { SecretField } from './SecretField';
import { TextField } from './TextField';

const securityChoices: { value: SmtpSecurity; label: string; hint: string }[] = [
  { value: 'tls', label: 'TLS', hint: 'encrypted from the first byte, usually port 465' },
  { value: 'starttls', label: 'STARTTLS', hint: 'upgraded to encryption before logging in (required), usually port 587' },
  { value: 'none', label: 'None', hint: 'no encryption: only for a test server on this computer' },
];

/** SMTP settings: where approved emails go out, who they come from, and the unsubscribe link. */
export function SendingSettings() {
  const { desktopApi } = useLeadCenter();
  const load = useCallback(() => desktopApi.getMailSettings(), [desktopApi]);
  const host = useHostValue(load);
  return (
    <div className="settings-stack">
      <div className="card">
        <h2>Sending</h2>
        <p className="muted">
          Only emails approved in the approval queue are handed to this SMTP server. While it cannot be reached, approved emails wait and go out once it can.
        </p>
        {host.value === null ? <HostUnavailable what="the sending settings" error={host.error} onRetry={host.reload} /> : <SendingForm view={host.value} onSaved={host.set} />}
      </div>
    </div>
  );
}

interface SendingFormProps {
  view: MailSettingsView;
  onSaved(view: MailSettingsView): void;
}

function SendingForm({ view, onSaved }: SendingFormProps) {
  const { desktopApi } = useLeadCenter();
  const showToast = useToastStore((s) => s.showToast);
  const id = useId();
  const saved = formFromMailSettings(view.settings);
  const [form, setForm] = useState<MailSettingsForm>(saved);
  const [secret, setSecret] = useState<SecretChange>(keepSecret);
  const [problems, setProblems] = useState<SettingsProblems>(new Map());
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [check, setCheck] = useState<MailServerCheck | 'checking' | null>(null);
  const dirty = !sameForm(form, saved) || secretChanges(secret);

  const change = (patch: Partial<MailSettingsForm>): void => {
    setForm((f) => ({ ...f, ...patch }));
    setError(null);
  };
  const chooseSecurity = (security: SmtpSecurity): void =>
    // Follow the usual port for the kind of connection unless the seller typed another one.
    setForm((f) => ({ ...f, security, port: f.port === String(standardPort[f.security]) ? String(standardPort[security]) : f.port }));

  const save = async (): Promise<void> => {
    const checked = mailSettingsFromForm(form);
    if (!checked.ok) {
      setProblems(checked.problems);
      setError('Some settings need fixing before they can be saved; see the marked fields.');
      return;
    }
    setProblems(new Map());
    setSaving(true);
    try {
      const next = await desktopApi.saveMailSettings({ settings: checked.value, password: secretForRequest(secret) });
      setSecret(keepSecret);
      setForm(formFromMailSettings(next.settings));
      setError(null);
      setCheck(null);
      onSaved(next);
      showToast({ message: 'Sending settings saved.' });
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

  const testConnection = async (): Promise<void> => {
    setCheck('checking');
    try {
      setCheck(await desktopApi.checkMailServer());
    } catch (e) {
      setCheck({ reachable: false, message: e instanceof Error ? e.message : String(e) });
    }
  };

  const problem = (key: string): string | undefined => problems.get(key);
  return (
    <>
      <div className="settings-save-bar" role="group" aria-label="Save sending settings">
        <span className={dirty ? 'dirty-indicator is-dirty' : 'dirty-indicator'} aria-live="polite">
          {dirty ? 'Unsaved changes' : view.settings === null ? 'Not set up yet' : 'All changes saved'}
        </span>
        <button type="button" className="primary" disabled={!dirty || saving} onClick={() => void save()}>
          Save sending settings
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

      <h3>SMTP server</h3>
      <div className="form-grid">
        <TextField label="SMTP server" value={form.host} placeholder="smtp.example.com" problem={problem('host')} onChange={(host) => change({ host })} />
        <TextField label="Port" value={form.port} inputMode="numeric" problem={problem('port')} onChange={(port) => change({ port })} />
      </div>
      <fieldset className="choice-list security-choices">
        <legend>Security</legend>
        {securityChoices.map((c) => (
          <label key={c.value} className="check">
            <input type="radio" name={`${id}-security`} value={c.value} checked={form.security === c.value} onChange={() => chooseSecurity(c.value)} />
            <span>
              <strong>{c.label}</strong> <span className="muted">— {c.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {form.security === 'none' ? (
        <p className="settings-warning" role="note">
          Without encryption the password and every email cross the network as plain text. Use “None” only for a local test server, never for a real mail provider.
        </p>
      ) : null}
      <div className="form-grid">
        <TextField label="User name" value={form.user} autoComplete="username" hint="Leave empty if the server needs no login." problem={problem('user')} onChange={(user) => change({ user })} />
        <SecretField label="SMTP password" saved={view.passwordSaved} storage={view.secretStorage} change={secret} onChange={setSecret} />
      </div>
      <p className="muted small">
        The password is never written to the lead database or sent back to this page; the host hands it only to the SMTP server when logging in.
      </p>

      <h3>Sender</h3>
      <div className="form-grid">
        <TextField label="From address" type="email" value={form.fromAddress} placeholder="you@example.com" problem={problem('fromAddress')} onChange={(fromAddress) => change({ fromAddress })} />
        <TextField label="From name" value={form.fromName} placeholder="Your name or company" problem={problem('fromName')} onChange={(fromName) => change({ fromName })} />
      </div>

      <h3>Unsubscribe</h3>
      <p className="muted small">Every follow-up, nurture, marketing and questionnaire email ends with an unsubscribe link and carries a List-Unsubscribe header.</p>
      <div className="form-grid">
        <TextField
          label="Unsubscribe link base"
          type="url"
          wide
          value={form.unsubscribeBaseUrl}
          placeholder="https://example.com/unsubscribe"
          hint="An https:// page of yours; each email's own token is added to the end."
          problem={problem('unsubscribeBaseUrl')}
          onChange={(unsubscribeBaseUrl) => change({ unsubscribeBaseUrl })}
        />
        <TextField
          label="Unsubscribe mailbox (optional)"
          type="email"
          value={form.unsubscribeMailbox}
          placeholder="unsubscribe@example.com"
          hint="Also offered in the List-Unsubscribe header as a mailto: address."
          problem={problem('unsubscribeMailbox')}
          onChange={(unsubscribeMailbox) => change({ unsubscribeMailbox })}
        />
      </div>

      <h3>Connection</h3>
      <div className="row">
        <button type="button" disabled={check === 'checking'} onClick={() => void testConnection()}>
          Test connection
        </button>
        {dirty ? <span className="muted small">Tests the saved settings: save your changes first.</span> : null}
      </div>
      <ConnectionResult check={check} />
    </>
  );
}

function ConnectionResult({ check }: { check: MailServerCheck | 'checking' | null }) {
  return (
    <p className={check !== null && check !== 'checking' && !check.reachable ? 'connection-result field-error' : 'connection-result'} role="status" data-testid="connection-result">
      {check === null ? '' : check === 'checking' ? 'Connecting to the SMTP server…' : check.reachable ? `Connected. ${check.message}` : `Could not connect. ${check.message}`}
    </p>
  );
}
