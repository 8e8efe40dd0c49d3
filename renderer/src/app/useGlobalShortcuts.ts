import { useEffect } from 'react';
import type { Route } from './Route';
import { focusLeadSearch } from './focusLeadSearch';
import { isTypingTarget } from './isTypingTarget';
import { navigate } from './navigate';

const alternateRoutes: Record<string, Route> = {
  '1': { name: 'leads' },
  '2': { name: 'overview' },
  '3': { name: 'hot' },
  '4': { name: 'capture' },
  '5': { name: 'reminders' },
  '6': { name: 'settings' },
  '7': { name: 'approvals' },
  '8': { name: 'rules' },
  '9': { name: 'review' },
  '0': { name: 'dashboard' },
};

/**
 * App-wide keys: Ctrl/⌘+K search leads, N new capture, Alt+1…9 and Alt+0 switch sections (in the nav bar's order), Escape closes
 * the open lead. Widgets that use Escape themselves stop its propagation.
 */
export function useGlobalShortcuts(route: Route): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented) return;
      const mod = event.ctrlKey || event.metaKey;
      if (mod && !event.altKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        navigate({ name: 'leads' });
        focusLeadSearch();
        return;
      }
      if (event.altKey && !mod && alternateRoutes[event.key]) {
        event.preventDefault();
        navigate(alternateRoutes[event.key] as Route);
        return;
      }
      if (isTypingTarget(event.target)) return;
      if (!mod && !event.altKey && (event.key === 'n' || event.key === 'N')) {
        event.preventDefault();
        navigate({ name: 'capture' });
        return;
      }
      if (event.key === 'Escape' && route.name === 'lead') {
        event.preventDefault();
        navigate({ name: 'leads' });
        requestAnimationFrame(() => document.querySelector<HTMLElement>('.lead-grid')?.focus());
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [route]);
}
