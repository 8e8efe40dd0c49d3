import type { Route } from './Route';

/**
 * Hash routes: #/leads, #/leads/<id>, #/overview, #/hot, #/capture, #/reminders, #/settings, #/approvals,
 * #/rules, #/rules/<id>, #/rules/new (?template=<id>, ?criterion=<id>), #/rules/<id>/edit,
 * #/review, #/dashboard, #/accounts, #/accounts/<id>, #/contacts/<id>, #/duplicates,
 * #/questionnaires, #/questionnaires/<template id>, #/sync-review.
 */
export function parseRoute(hash: string): Route {
  // Ids are encoded, so a literal "?" always starts the query.
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
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
    case 'review':
      return { name: 'review' };
    case 'dashboard':
      return { name: 'dashboard' };
    case 'accounts':
      return parts[1] ? { name: 'account', accountId: parts[1] } : { name: 'accounts' };
    case 'contacts':
      return parts[1] ? { name: 'contact', contactId: parts[1] } : { name: 'accounts' };
    case 'duplicates':
      return { name: 'duplicates' };
    case 'sync-review':
      return { name: 'sync-review' };
    case 'questionnaires':
      return { name: 'questionnaires', templateId: parts[1] ?? null };
    case 'rules':
      return parseRulesRoute(parts.slice(1), new URLSearchParams(query));
    default:
      return { name: 'leads' };
  }
}

function parseRulesRoute(parts: string[], query: URLSearchParams): Route {
  const [first, second] = parts;
  if (first === undefined) return { name: 'rules' };
  if (first === 'new') {
    const criterionId = query.get('criterion') || null;
    return criterionId === null ? { name: 'rule-new', templateId: query.get('template') || null } : { name: 'rule-new', templateId: query.get('template') || null, criterionId };
  }
  if (second === 'edit') return { name: 'rule-edit', ruleId: first };
  return { name: 'rule', ruleId: first };
}
