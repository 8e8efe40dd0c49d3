import { useEffect, useState } from 'react';
import { exposeTestHooks } from '../host/exposeTestHooks';
import { FirstRunForm } from '../host/FirstRunForm';
import { getDesktopApi } from '../host/getDesktopApi';
import { loadSellerProfile, type SellerProfile } from '../host/loadSellerProfile';
import { openLocalData } from '../host/openLocalData';
import { startReminderScheduler } from '../reminders/startReminderScheduler';
import { AppShell } from './AppShell';
import { ErrorBoundary } from './ErrorBoundary';
import { LeadCenterContext, type LeadCenterServices } from './LeadCenterContext';

type Boot = { state: 'opening' } | { state: 'ready'; services: LeadCenterServices } | { state: 'failed'; error: Error };

/** First run → open the local database → the app, with the reminder scheduler running. */
export function App() {
  // A platform profile's database replicates with the platform (openLocalData starts it).
  const [seller, setSeller] = useState<SellerProfile | null>(() => loadSellerProfile());
  const [boot, setBoot] = useState<Boot>({ state: 'opening' });

  useEffect(() => {
    if (!seller) return;
    let stopScheduler: (() => void) | null = null;
    let removeHooks: (() => void) | null = null;
    let cancelled = false;
    const desktopApi = getDesktopApi();
    openLocalData(seller)
      .then((opened) => {
        if (cancelled) return;
        const scheduler = startReminderScheduler({ data: opened, desktopApi });
        stopScheduler = scheduler.stop;
        removeHooks = exposeTestHooks({ data: opened, desktopApi, checkReminders: scheduler.checkNow });
        setBoot({ state: 'ready', services: { data: opened, desktopApi } });
      })
      .catch((error: unknown) => {
        if (!cancelled) setBoot({ state: 'failed', error: error instanceof Error ? error : new Error(String(error)) });
      });
    return () => {
      cancelled = true;
      stopScheduler?.();
      removeHooks?.();
    };
  }, [seller]);

  if (!seller) return <FirstRunForm onDone={setSeller} />;

  if (boot.state === 'failed') {
    return (
      <main className="boot-screen">
        <div role="alert" className="error-panel">
          <h1>Lead Center could not open its database</h1>
          <p>
            Your leads are stored in this {navigator.userAgent.includes('Electron') ? 'app' : 'browser'}'s local storage. If another
            Lead Center window is open, close it and reload. If the problem stays, the storage may be full.
          </p>
          <pre className="error-detail">{boot.error.message}</pre>
          <button type="button" onClick={() => window.location.reload()}>
            Reload
          </button>
        </div>
      </main>
    );
  }

  if (boot.state === 'opening') {
    return (
      <main className="boot-screen" aria-busy="true">
        <div className="boot-card">
          <h1>Lead Center</h1>
          <p>Opening your leads…</p>
          <progress aria-label="Opening your leads" />
        </div>
      </main>
    );
  }

  return (
    <LeadCenterContext.Provider value={boot.services}>
      <ErrorBoundary area="Lead Center">
        <AppShell />
      </ErrorBoundary>
    </LeadCenterContext.Provider>
  );
}
