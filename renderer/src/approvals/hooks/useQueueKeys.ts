import { useEffect, useRef } from 'react';
import { isTypingTarget } from '../../app/isTypingTarget';

export interface QueueKeyHandlers {
  move(delta: number): void;
  approve(): void;
  reject(): void;
  edit(): void;
  toggle(): void;
  approveSelected(): void;
}

/**
 * The queue's keys: j/k or ↓/↑ move, a approve, r reject, e edit, x select, Shift+A approve the
 * selection. Never while typing in a field, and never with Ctrl, ⌘ or Alt (Alt+1…8 switch sections).
 */
export function useQueueKeys(handlers: QueueKeyHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTypingTarget(event.target)) return;
      const h = latest.current;
      const key = event.key;
      let handled = true;
      if (key === 'j' || key === 'ArrowDown') h.move(1);
      else if (key === 'k' || key === 'ArrowUp') h.move(-1);
      else if (key === 'A' && event.shiftKey) h.approveSelected();
      else if (key === 'a') h.approve();
      else if (key === 'r') h.reject();
      else if (key === 'e') h.edit();
      else if (key === 'x') h.toggle();
      else handled = false;
      if (handled) event.preventDefault();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
