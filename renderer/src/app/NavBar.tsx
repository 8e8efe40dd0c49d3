import type { Route } from './Route';
import { routeToHash } from './routeToHash';
import { ConnectionIndicator } from './ConnectionIndicator';

interface NavBarProps {
  route: Route;
  dueCount: number;
  sellerName: string;
}

const items: { route: Route; label: string; shortcut: string }[] = [
  { route: { name: 'leads' }, label: 'Leads', shortcut: 'Alt+1' },
  { route: { name: 'overview' }, label: 'Overview', shortcut: 'Alt+2' },
  { route: { name: 'capture' }, label: 'Capture', shortcut: 'Alt+3' },
  { route: { name: 'reminders' }, label: 'Reminders', shortcut: 'Alt+4' },
  { route: { name: 'settings' }, label: 'Settings', shortcut: 'Alt+5' },
];

export function NavBar({ route, dueCount, sellerName }: NavBarProps) {
  const current = route.name === 'lead' ? 'leads' : route.name;
  return (
    <nav className="nav" aria-label="Main">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          ⚡
        </span>
        Lead Center
      </div>
      <ul>
        {items.map((item) => (
          <li key={item.route.name}>
            <a
              href={routeToHash(item.route)}
              aria-current={current === item.route.name ? 'page' : undefined}
              aria-keyshortcuts={item.shortcut}
              title={item.shortcut}
            >
              <span>{item.label}</span>
              {item.route.name === 'reminders' && dueCount > 0 ? (
                <span className="badge">
                  <span className="visually-hidden">, </span>
                  {dueCount}
                  <span className="visually-hidden"> due</span>
                </span>
              ) : null}
            </a>
          </li>
        ))}
      </ul>
      <div className="nav-footer">
        <div className="muted">Signed in as {sellerName}</div>
        <ConnectionIndicator />
      </div>
    </nav>
  );
}
