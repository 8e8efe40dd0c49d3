import { lazy } from 'react';

// The list is what a seller sees first; the other sections load as their own chunks so the
// start-up bundle is smaller, and are fetched right after the first paint (prefetchPages).
const loadCapturePage = () => import('../capture/components/CapturePage');
const loadLeadDetailPanel = () => import('../lead-detail/components/LeadDetailPanel');
const loadDueRemindersPage = () => import('../reminders/components/DueRemindersPage');
const loadSettingsPage = () => import('../settings/SettingsPage');
const loadHotLeadsPage = () => import('../hot-leads/components/HotLeadsPage');
const loadOverviewPage = () => import('../overview/components/OverviewPage');
const loadApprovalQueuePage = () => import('../approvals/components/ApprovalQueuePage');
const loadRulesPage = () => import('../rules/components/RulesPage');
const loadRuleDetailPage = () => import('../rules/components/RuleDetailPage');
const loadRuleBuilderPage = () => import('../rules/builder/RuleBuilderPage');
const loadDailyReviewPage = () => import('../review/components/DailyReviewPage');
const loadDashboardPage = () => import('../dashboard/components/DashboardPage');
const loadAccountsPage = () => import('../accounts/components/AccountsPage');
const loadAccountPage = () => import('../accounts/components/AccountPage');
const loadContactPage = () => import('../accounts/components/ContactPage');
const loadDuplicatesPage = () => import('../duplicates/components/DuplicatesPage');
const loadQuestionnairesPage = () => import('../questionnaires/components/QuestionnairesPage');
const loadSyncReviewPage = () => import('../sync-review/components/SyncReviewPage');

export const CapturePage = lazy(() => loadCapturePage().then((module) => ({ default: module.CapturePage })));
export const LeadDetailPanel = lazy(() => loadLeadDetailPanel().then((module) => ({ default: module.LeadDetailPanel })));
export const DueRemindersPage = lazy(() => loadDueRemindersPage().then((module) => ({ default: module.DueRemindersPage })));
export const HotLeadsPage = lazy(() => loadHotLeadsPage().then((module) => ({ default: module.HotLeadsPage })));
export const SettingsPage = lazy(() => loadSettingsPage().then((module) => ({ default: module.SettingsPage })));
export const OverviewPage = lazy(() => loadOverviewPage().then((module) => ({ default: module.OverviewPage })));
export const ApprovalQueuePage = lazy(() => loadApprovalQueuePage().then((module) => ({ default: module.ApprovalQueuePage })));
export const RulesPage = lazy(() => loadRulesPage().then((module) => ({ default: module.RulesPage })));
export const RuleDetailPage = lazy(() => loadRuleDetailPage().then((module) => ({ default: module.RuleDetailPage })));
export const RuleBuilderPage = lazy(() => loadRuleBuilderPage().then((module) => ({ default: module.RuleBuilderPage })));
export const DailyReviewPage = lazy(() => loadDailyReviewPage().then((module) => ({ default: module.DailyReviewPage })));
export const DashboardPage = lazy(() => loadDashboardPage().then((module) => ({ default: module.DashboardPage })));
export const AccountsPage = lazy(() => loadAccountsPage().then((module) => ({ default: module.AccountsPage })));
export const AccountPage = lazy(() => loadAccountPage().then((module) => ({ default: module.AccountPage })));
export const ContactPage = lazy(() => loadContactPage().then((module) => ({ default: module.ContactPage })));
export const DuplicatesPage = lazy(() => loadDuplicatesPage().then((module) => ({ default: module.DuplicatesPage })));
export const QuestionnairesPage = lazy(() => loadQuestionnairesPage().then((module) => ({ default: module.QuestionnairesPage })));
export const SyncReviewPage = lazy(() => loadSyncReviewPage().then((module) => ({ default: module.SyncReviewPage })));

/** Warms every section's chunk, so pressing N at a trade show never waits for a download. */
export function prefetchPages(): void {
  for (const load of [loadCapturePage, loadLeadDetailPanel, loadDueRemindersPage, loadSettingsPage, loadOverviewPage, loadHotLeadsPage, loadApprovalQueuePage, loadRulesPage, loadRuleDetailPage, loadRuleBuilderPage, loadDailyReviewPage, loadDashboardPage, loadAccountsPage, loadAccountPage, loadContactPage, loadDuplicatesPage, loadQuestionnairesPage, loadSyncReviewPage]) {
    load().catch((error: unknown) => console.warn('Lead Center: a section could not be preloaded', error));
  }
}
