import type { Route } from './Route';
import { routeToHash } from './routeToHash';

export function navigate(route: Route): void {
  const hash = routeToHash(route);
  if (window.location.hash !== hash) window.location.hash = hash;
}
