import type { Route } from './Route';

export function routeToHash(route: Route): string {
  switch (route.name) {
    case 'lead':
      return `#/leads/${encodeURIComponent(route.leadId)}`;
    default:
      return `#/${route.name}`;
  }
}
