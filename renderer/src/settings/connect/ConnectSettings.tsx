import { useCallback, useState, type FormEvent } from 'react';
import type { PlatformConnectionView } from '../../../../core/desktop-api';
import type { PlatformUser } from '../../../../core/sync/protocol';
import { useLeadCenter } from '../../app/useLeadCenter';
import { loadSellerProfile } from '../../host/loadSellerProfile';
import { switchToLocalProfile, switchToPlatformProfile } from '../../host/saveSellerProfile';
import { syncControllerOf } from '../../host/syncControllerOf';
import { HostUnavailable } from '../components/HostUnavailable';
import { TextField } from '../components/TextField';
import { useHostValue } from '../hooks/useHostValue';
import { checkConnectForm, withScheme, type ConnectForm, type ConnectFormProblems } from './connectForm';
import './connect.css';

const roleWords: Record<PlatformUser['role'], string> = {
  seller: 'Seller',
  manager: 'Manager (sees and approves the team’s leads and emails)',
  admin: 'Administrator (works as a manager in the app)',
};

/**
 * Settings → Connect: sign in to the Power Cozmo platform. The host keeps the token; this page
 * only sees who is connected. Connecting switches the app to the platform user's own database
 * (the local-only profile and its leads stay on this device) and reloads.
 */
export function ConnectSettings() {
  const { desktopApi } = useLeadCenter();
  const profile = loadSellerProfile();
  const platformUserId = profile?.platform ? profile.userId : null;
  const load = useCallback(() => desktopApi.getPlatformConnection(platformUserId), [desktopApi, platformUserId]);
  const host = useHostValue(load);
  return (
    <div className="settings-stack">
      <div className="card connect-card">
        <h2>Connect to Power Cozmo</h2>
        {host.value === null ? (
          <HostUnavailable what="the platform connection" error={host.error} onRetry={host.reload} />
        ) : host.value.state === 'connected' && platformUserId !== null ? (
          <ConnectedView view={host.value} />
        ) : (
          <ConnectFormView view={host.value} onConnected={host.set} />
        )}
      </div>
    </div>
  );
}

function formatDate(ms: number | null): string {
  return ms === null ? '—' : new Date(ms).toLocaleString();
}

function ConnectedView({ view }: { view: PlatformConnectionView }) {
  const { desktopApi, data } = useLeadCenter();
  const [leaving, setLeaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const sync = syncControllerOf(data);
  const pending = sync?.status().pending ?? 0;
  const user = view.user;
  if (user === null) return null;

  const disconnect = async (): Promise<void> => {
    if (pending > 0 && !confirming) {
      setConfirming(true);
      return;
    }
    setLeaving(true);
    setError(null);
    try {
      await sync?.stop();
      await desktopApi.disconnectPlatform(user.id);
      switchToLocalProfile();
      window.location.hash = '#/settings/connect';
      window.location.reload();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setLeaving(false);
    }
  };

  return (
    <>
      <p className="connect-state is-connected" role="status">
        <span className="connection-dot" aria-hidden="true" /> Connected as <strong>{user.name}</strong>
      </p>
      <dl className="connect-facts">
        <dt>Platform address</dt>
        <dd>{view.url}</dd>
        <dt>Signed in as</dt>
        <dd>
          {user.name} ({user.email})
        </dd>
        <dt>Team</dt>
        <dd>{user.teamId}</dd>
        <dt>Role</dt>
        <dd>{roleWords[user.role]}</dd>
        <dt>Login valid until</dt>
        <dd>{formatDate(view.expiresAt)}</dd>
        <dt>Sign-in kept in</dt>
        <dd>{view.secretStorage}</dd>
      </dl>
      <p className="muted small">
        Your leads, events, emails and settings replicate with the platform; the app keeps working offline and catches up when it can reach the platform again.
        The leads of the local-only profile stay on this device in that profile.
      </p>
      {confirming ? (
        <p className="settings-warning" role="alert">
          {pending} change{pending === 1 ? ' has' : 's have'} not reached the platform yet. They stay in this account’s database on this device and go up when you connect
          again. Disconnect anyway?
        </p>
      ) : null}
      <div className="row">
        <button type="button" disabled={leaving} onClick={() => void disconnect()}>
          {leaving ? 'Disconnecting…' : confirming ? 'Disconnect anyway' : 'Disconnect'}
        </button>
        {confirming ? (
          <button type="button" onClick={() => setConfirming(false)}>
            Stay connected
          </button>
        ) : null}
      </div>
      {error !== null ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}

interface ConnectFormViewProps {
  view: PlatformConnectionView;
  onConnected(view: PlatformConnectionView): void;
}

function ConnectFormView({ view, onConnected }: ConnectFormViewProps) {
  const { desktopApi, data } = useLeadCenter();
  const profile = loadSellerProfile();
  const [form, setForm] = useState<ConnectForm>({ url: view.url ?? profile?.platform?.url ?? '', email: view.user?.email ?? profile?.platform?.email ?? '', password: '' });
  const [problems, setProblems] = useState<ConnectFormProblems>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const change = (patch: Partial<ConnectForm>): void => {
    setForm((f) => ({ ...f, ...patch }));
    setError(null);
  };

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const checked = checkConnectForm({ ...form, url: withScheme(form.url) });
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    setProblems({});
    setError(null);
    setBusy(`Connecting to ${checked.request.url}…`);
    try {
      const connected = await desktopApi.connectPlatform(checked.request);
      const user = connected.user;
      if (connected.state !== 'connected' || user === null || connected.url === null) throw new Error('The platform did not confirm the login; try again.');
      if (profile?.platform && profile.userId === user.id) {
        // The same account signing in again (the session had ended): replication resumes.
        onConnected(connected);
        setBusy(null);
        syncControllerOf(data)?.resume();
        return;
      }
      setBusy(`Connected as ${user.name}. Opening ${user.name}’s leads…`);
      switchToPlatformProfile(user, connected.url);
      window.location.hash = '#/settings/connect';
      window.location.reload();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(null);
    }
  };

  return (
    <form className="connect-form" onSubmit={(e) => void submit(e)} noValidate aria-busy={busy !== null}>
      {view.state === 'needs_login' ? (
        <p className="settings-warning" role="alert">
          {view.message ?? 'Your platform session has ended.'} Sign in again to carry on syncing; nothing on this device is lost.
        </p>
      ) : (
        <p className="muted">
          Sign in with your Power Cozmo platform account. Your leads then live in that account’s own database on this device and replicate with the platform, so your
          manager and other devices see them. Leads you saved in the local-only profile stay on this device in that profile; they are not uploaded. Disconnect brings
          the local profile back.
        </p>
      )}
      <div className="form-grid">
        <TextField
          label="Platform address"
          type="url"
          wide
          value={form.url}
          placeholder="https://leads.powercozmo.com"
          autoComplete="url"
          problem={problems.url}
          onChange={(url) => change({ url })}
        />
        <TextField label="Email" type="email" value={form.email} autoComplete="username" problem={problems.email} onChange={(email) => change({ email })} />
        <TextField label="Password" type="password" value={form.password} autoComplete="current-password" problem={problems.password} onChange={(password) => change({ password })} />
      </div>
      <p className="muted small">The password goes to the platform once; the app keeps only the sign-in it gives back, in {view.secretStorage}.</p>
      <div className="row">
        <button type="submit" className="primary" disabled={busy !== null}>
          Connect
        </button>
        {profile?.platform && busy === null ? (
          <button
            type="button"
            onClick={() => {
              switchToLocalProfile();
              window.location.reload();
            }}
          >
            Use the local profile instead
          </button>
        ) : null}
        {busy !== null ? (
          <span className="connect-progress" role="status">
            <progress aria-label="Connecting" /> {busy}
          </span>
        ) : null}
      </div>
      {error !== null ? (
        <p className="field-error connect-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
