import { create } from 'zustand';

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error';
  action?: { label: string; run: () => void };
}

interface ToastState {
  toasts: Toast[];
  showToast(toast: Omit<Toast, 'id' | 'tone'> & { tone?: Toast['tone']; durationMs?: number }): number;
  dismissToast(id: number): void;
}

let nextToastId = 1;

/** UI state only: the transient messages shown in the toast region. */
export const useToastStore = create<ToastState>((set, get) => ({
  toasts: [],
  showToast({ durationMs = 6_000, tone = 'info', ...toast }) {
    const id = nextToastId++;
    set({ toasts: [...get().toasts.slice(-3), { id, tone, ...toast }] });
    window.setTimeout(() => get().dismissToast(id), durationMs);
    return id;
  },
  dismissToast(id) {
    set({ toasts: get().toasts.filter((toast) => toast.id !== id) });
  },
}));
