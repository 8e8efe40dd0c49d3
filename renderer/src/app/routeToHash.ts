import type { Route } from './Route';

export function routeToHash(route: Route): string {
  switch (route.name) {
    case 'lead':
      return `#/leads/${encodeURIComponent(route.leadId)}`;
    case 'rule':
      return `#/rules/${encodeURIComponent(route.ruleId)}`;
    case 'rule-edit':
      return `#/rules/${encodeURIComponent(route.ruleId)}/edit`;
    case 'account':
      return `#/accounts/${encodeURIComponent(route.accountId)}`;
    case 'contact':
      return `#/contacts/${encodeURIComponent(route.contactId)}`;
    case 'questionnaires':
      return route.templateId === null ? '#/questionnaires' : `#/questionnaires/${encodeURIComponent(route.templateId)}`;
    case 'rule-new': {
      const query = new URLSearchParams();
      if (route.templateId !== null) query.set('template', route.templateId);
      if (route.criterionId) query.set('criterion', route.criterionId);
      const text = query.toString();
      return text === '' ? '#/rules/new' : `#/rules/new?${text}`;
    }
    default:
      return `#/${route.name}`;
  }
}
