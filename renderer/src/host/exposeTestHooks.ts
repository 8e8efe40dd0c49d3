import type { DesktopApi } from '../../../core/desktop-api';
import type { LeadCenterData } from '../../data/contract';

export interface LeadCenterTestHooks {
  data: LeadCenterData;
  desktopApi: DesktopApi;
  /** Runs the reminder scheduler's check now instead of waiting for its 30 s tick. */
  checkReminders(): Promise<void>;
}

declare global {
  interface Window {
    __leadCenterTest?: LeadCenterTestHooks;
  }
}

/** Only with ?e2e=1 in the URL: the data handle for end-to-end tests and benchmarks. */
export function exposeTestHooks(hooks: LeadCenterTestHooks): () => void {
  if (new URLSearchParams(window.location.search).get('e2e') !== '1') return () => undefined;
  window.__leadCenterTest = hooks;
  return () => {
    if (window.__leadCenterTest === hooks) delete window.__leadCenterTest;
  };
}
