import type { Route } from './Route';

/** Hash routes: #/leads, #/leads/<id>, #/overview, #/hot, #/capture, #/reminders, #/settings, #/approvals. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  switch (parts[0]) {
    case 'overview':
      return { name: 'overview' };
    case 'hot':
      return { name: 'hot' };
    case 'capture':
      return { name: 'capture' };
    case 'reminders':
      return { name: 'reminders' };
    case 'settings':
      return { name: 'settings' };
    case 'approvals':
      return { name: 'approvals' };
    case 'leads':
      return parts[1] ? { name: 'lead', leadId: parts[1] } : { name: 'leads' };
    default:
      return { name: 'leads' };
  }
}
