import { Suspense, useEffect } from 'react';
import { LeadListPage } from '../leads/components/LeadListPage';
import { ToastRegion } from '../ui/ToastRegion';
import { useNow } from '../ui/useNow';
import { ErrorBoundary } from './ErrorBoundary';
import {
  ApprovalQueuePage,
  CapturePage,
  DueRemindersPage,
  HotLeadsPage,
  LeadDetailPanel,
  OverviewPage,
  prefetchPages,
  RuleBuilderPage,
  RuleDetailPage,
  RulesPage,
  SettingsPage,
  DailyReviewPage,
  DashboardPage,
  AccountsPage,
  AccountPage,
  ContactPage,
  DuplicatesPage,
  SyncReviewPage,
  QuestionnairesPage,
} from './lazyPages';
import { useHotLeadCount } from '../hot-leads/hooks/useHotLeadCount';
import { NavBar } from './NavBar';
import { useApprovalCount } from './useApprovalCount';
import { navigate } from './navigate';
import { useDueReminderCount } from './useDueReminderCount';
import { useGlobalShortcuts } from './useGlobalShortcuts';
import { useLeadCenter } from './useLeadCenter';
import { useRoute } from './useRoute';


/** Navigation, the current section, toasts; notification clicks open their lead. */
export function AppShell() {
  const { data, desktopApi } = useLeadCenter();
  const route = useRoute();
  const now = useNow(30_000);
  const dueCount = useDueReminderCount(now);
  const hotCount = useHotLeadCount();
  const approvalCount = useApprovalCount();
  useGlobalShortcuts(route);

  useEffect(() => desktopApi.onOpenLead((leadId) => navigate({ name: 'lead', leadId })), [desktopApi]);
  useEffect(() => {
    const timer = window.setTimeout(prefetchPages, 0);
    return () => window.clearTimeout(timer);
  }, []);

  let content;
  switch (route.name) {
    case 'leads':
    case 'lead':
      content = (
        <div className={`leads-layout${route.name === 'lead' ? ' has-detail' : ''}`}>
          <ErrorBoundary area="The lead list">
            <LeadListPage />
          </ErrorBoundary>
          {route.name === 'lead' ? (
            <ErrorBoundary area="The lead" key={route.leadId}>
              <LeadDetailPanel leadId={route.leadId} />
            </ErrorBoundary>
          ) : null}
        </div>
      );
      break;
    case 'overview':
      content = (
        <ErrorBoundary area="The leads overview">
          <OverviewPage />
        </ErrorBoundary>
      );
      break;
    case 'hot':
      content = (
        <ErrorBoundary area="Hot leads">
          <HotLeadsPage />
        </ErrorBoundary>
      );
      break;
    case 'capture':
      content = (
        <ErrorBoundary area="Quick capture">
          <CapturePage />
        </ErrorBoundary>
      );
      break;
    case 'reminders':
      content = (
        <ErrorBoundary area="Reminders">
          <DueRemindersPage />
        </ErrorBoundary>
      );
      break;
    case 'settings':
      content = (
        <ErrorBoundary area="Settings">
          <SettingsPage />
        </ErrorBoundary>
      );
      break;
    case 'approvals':
      content = (
        <ErrorBoundary area="Approvals">
          <ApprovalQueuePage />
        </ErrorBoundary>
      );
      break;
    case 'rules':
      content = (
        <ErrorBoundary area="Rules">
          <RulesPage />
        </ErrorBoundary>
      );
      break;
    case 'rule':
      content = (
        <ErrorBoundary area="The rule" key={route.ruleId}>
          <RuleDetailPage ruleId={route.ruleId} />
        </ErrorBoundary>
      );
      break;
    case 'rule-new':
    case 'rule-edit':
      content = (
        <ErrorBoundary area="The Rule Builder" key={route.name === 'rule-edit' ? route.ruleId : `new:${route.templateId ?? ''}:${route.criterionId ?? ''}`}>
          <RuleBuilderPage
            ruleId={route.name === 'rule-edit' ? route.ruleId : null}
            templateId={route.name === 'rule-new' ? route.templateId : null}
            criterionId={route.name === 'rule-new' ? (route.criterionId ?? null) : null}
          />
        </ErrorBoundary>
      );
      break;
    case 'review':
      content = (
        <ErrorBoundary area="Daily review">
          <DailyReviewPage />
        </ErrorBoundary>
      );
      break;
    case 'dashboard':
      content = (
        <ErrorBoundary area="Dashboard">
          <DashboardPage />
        </ErrorBoundary>
      );
      break;
    case 'accounts':
      content = (
        <ErrorBoundary area="Accounts">
          <AccountsPage />
        </ErrorBoundary>
      );
      break;
    case 'account':
      content = (
        <ErrorBoundary area="The account" key={route.accountId}>
          <AccountPage accountId={route.accountId} />
        </ErrorBoundary>
      );
      break;
    case 'contact':
      content = (
        <ErrorBoundary area="The contact" key={route.contactId}>
          <ContactPage contactId={route.contactId} />
        </ErrorBoundary>
      );
      break;
    case 'duplicates':
      content = (
        <ErrorBoundary area="Duplicates">
          <DuplicatesPage />
        </ErrorBoundary>
      );
      break;
    case 'sync-review':
      content = (
        <ErrorBoundary area="Needs review">
          <SyncReviewPage />
        </ErrorBoundary>
      );
      break;
    case 'questionnaires':
      content = (
        <ErrorBoundary area="Questionnaires" key={route.templateId ?? ''}>
          <QuestionnairesPage templateId={route.templateId} />
        </ErrorBoundary>
      );
      break;
  }

  return (
    <div className="shell">
      <button type="button" className="skip-link" onClick={() => document.getElementById('main')?.focus()}>
        Skip to content
      </button>
      <NavBar route={route} dueCount={dueCount} hotCount={hotCount} approvalCount={approvalCount} sellerName={data.seller.userName} />
      <main id="main" className="main" tabIndex={-1}>
        <Suspense fallback={<p className="page muted" aria-busy="true">Loading…</p>}>{content}</Suspense>
      </main>
      <ToastRegion />
    </div>
  );
}
