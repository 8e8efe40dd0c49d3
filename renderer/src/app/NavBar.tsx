import type { Route } from './Route';
import { routeToHash } from './routeToHash';
import { ConnectionIndicator } from './ConnectionIndicator';
import { RescoringIndicator } from '../scoring-status/RescoringIndicator';
import { SyncConflictBadge } from '../sync-review';

interface NavBarProps {
  route: Route;
  dueCount: number;
  hotCount: number;
  approvalCount: number;
  sellerName: string;
}

const items: { route: Route; label: string; shortcut?: string }[] = [
  { route: { name: 'leads' }, label: 'Leads', shortcut: 'Alt+1' },
  { route: { name: 'overview' }, label: 'Overview', shortcut: 'Alt+2' },
  { route: { name: 'hot' }, label: 'Hot leads', shortcut: 'Alt+3' },
  { route: { name: 'capture' }, label: 'Capture', shortcut: 'Alt+4' },
  { route: { name: 'reminders' }, label: 'Reminders', shortcut: 'Alt+5' },
  { route: { name: 'settings' }, label: 'Settings', shortcut: 'Alt+6' },
  { route: { name: 'approvals' }, label: 'Approvals', shortcut: 'Alt+7' },
  { route: { name: 'rules' }, label: 'Rules', shortcut: 'Alt+8' },
  { route: { name: 'review' }, label: 'Daily review', shortcut: 'Alt+9' },
  { route: { name: 'dashboard' }, label: 'Dashboard', shortcut: 'Alt+0' },
  { route: { name: 'accounts' }, label: 'Accounts' },
  { route: { name: 'duplicates' }, label: 'Duplicates' },
  { route: { name: 'questionnaires', templateId: null }, label: 'Questionnaires' },
  { route: { name: 'sync-review' }, label: 'Needs review' },
];

/** The nav entry a route belongs to (a lead belongs to Leads, the Rule Builder to Rules). */
function sectionOf(route: Route): Route['name'] {
  switch (route.name) {
    case 'lead':
      return 'leads';
    case 'rule':
    case 'rule-new':
    case 'rule-edit':
      return 'rules';
    case 'account':
    case 'contact':
      return 'accounts';
    default:
      return route.name;
  }
}

export function NavBar({ route, dueCount, hotCount, approvalCount, sellerName }: NavBarProps) {
  const current = sectionOf(route);
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
              {item.route.name === 'hot' && hotCount > 0 ? (
                <span className="badge badge-hot" data-testid="hot-count">
                  <span className="visually-hidden">, </span>
                  {hotCount}
                  <span className="visually-hidden"> hot</span>
                </span>
              ) : null}
              {item.route.name === 'sync-review' ? <SyncConflictBadge /> : null}
              {item.route.name === 'approvals' && approvalCount > 0 ? (
                <span className="badge badge-approvals" data-testid="approval-count">
                  <span className="visually-hidden">, </span>
                  {approvalCount}
                  <span className="visually-hidden"> waiting for your approval</span>
                </span>
              ) : null}
            </a>
          </li>
        ))}
      </ul>
      <div className="nav-footer">
        <div className="muted">Signed in as {sellerName}</div>
        <RescoringIndicator />
        <ConnectionIndicator />
      </div>
    </nav>
  );
}
