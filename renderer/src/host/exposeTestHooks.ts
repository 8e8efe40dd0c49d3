import type { DesktopApi } from '../../../core/desktop-api';
import type { LeadCenterData } from '../../data/contract';
import type { DispatchAnswer } from '../../../core/model/dispatch';
import { createBenchHooks, type BenchHooks } from './benchHooks';

export interface LeadCenterTestHooks {
  data: LeadCenterData;
  desktopApi: DesktopApi;
  /** Runs the reminder scheduler's check now instead of waiting for its 30 s tick. */
  checkReminders(): Promise<void>;
  /** Set by exposeTestHooks: the platform stand-in. */
  platform?: PlatformStandIn;
  /** Set by exposeTestHooks: measurements for npm run bench. */
  bench?: BenchHooks;
}

/** A stand-in for the platform (issue 7): the buyer answers a questionnaire at its link. */
export interface PlatformStandIn {
  /** Writes the answers onto the dispatch with this token exactly as replication will; resolves once written. */
  answer(token: string, answers: Record<string, DispatchAnswer>, at?: number): Promise<void>;
}

declare global {
  interface Window {
    __leadCenterTest?: LeadCenterTestHooks;
  }
}

/** Only with ?e2e=1 in the URL: the data handle for end-to-end tests and benchmarks. */
export function exposeTestHooks(hooks: LeadCenterTestHooks): () => void {
  if (new URLSearchParams(window.location.search).get('e2e') !== '1') return () => undefined;
  const exposed: LeadCenterTestHooks = {
    ...hooks,
    platform: {
      answer: async (token, answers, at) => {
        await hooks.data.questionnaires.receiveAnswers(token, answers, at);
      },
    },
    bench: createBenchHooks(hooks.desktopApi, hooks.data.seller),
  };
  window.__leadCenterTest = exposed;
  return () => {
    if (window.__leadCenterTest === exposed) delete window.__leadCenterTest;
  };
}
