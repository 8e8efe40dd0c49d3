import type { LeadCenterTestHooks } from '../../renderer/src/host/exposeTestHooks';

declare global {
  interface Window {
    __leadCenterTest?: LeadCenterTestHooks;
    __notifications?: { title: string; body: string; tag: string }[];
    __notificationInstances?: Notification[];
  }
}

export {};
