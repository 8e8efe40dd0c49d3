import { useMemo } from 'react';
import { activityFigures, leadFigures } from '../../../../core/dashboard/dashboardFigures';
import { dashboardTables, noSourceLabel } from '../../../../core/dashboard/dashboardTables';
import type { RuleFacts } from '../../../../core/dashboard/rulePerformance';
import { effectiveStages } from '../../../../core/settings/stageSettings';
import type { LeadListQuery } from '../../../data/contract';
import { useLeadCenter } from '../../app/useLeadCenter';
import { useLeadSettings } from '../../lead-settings/useLeadSettings';
import { useLeadListVersion } from '../../leads/hooks/useLeadListVersion';
import { temperatureLabel } from '../../leads/utils/levelLabels';
import { CountBarChart } from '../../overview/components/CountBarChart';
import { CountPieChart } from '../../overview/components/CountPieChart';
import { overviewCharts, type ChartDatum } from '../../overview/utils/overviewCharts';
import { useReferenceLabels } from '../../reference/useReferenceLabels';
import { ProgressBar } from '../../ui/ProgressBar';
import { NoLeadsYet } from '../../ui/NoLeadsYet';
import { useObservable } from '../../ui/useObservable';
import { useDashboardActivity } from '../hooks/useDashboardActivity';
import { useDashboardRange } from '../hooks/useDashboardRange';
import { rateLabel } from '../utils/formatCell';
import { DashboardCard } from './DashboardCard';
import { FunnelBars } from './FunnelBars';
import { GroupedBars } from './GroupedBars';
import { RangePicker } from './RangePicker';
import './dashboard.css';

/** Every lead, newest first: the order the projection always has ready (order does not matter for counting). */
const everyLead: LeadListQuery = { filters: { search: '', groups: [], sources: [], tags: [], countries: [] }, sort: null };
/** Bars drawn at most; the table and the CSV hold every row. */
const maxBars = 12;

const plural = (n: number, one: string, many: string) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

/**
 * The Dashboard: what came in and what happened over a period. Lead figures count the leads
 * created in the period (where they stand now), from the list projection; email and rule figures
 * count what happened in the period, from events read once into memory (data.dashboard).
 */
export function DashboardPage() {
  const { data } = useLeadCenter();
  const { leadList, dashboard } = data;
  const period = useDashboardRange();
  const listVersion = useLeadListVersion(leadList);
  const activityVersion = useDashboardActivity(dashboard);
  const { settings } = useLeadSettings();
  const { groupLabel } = useReferenceLabels();
  const stages = useMemo(() => effectiveStages(settings.stages), [settings.stages]);
  const summaries = useObservable(useMemo(() => data.rules.observe(), [data]), []);
  const rules = useMemo(
    () => summaries.map((s): RuleFacts => ({ id: s.rule.id, name: s.rule.name, enabled: s.rule.enabled, timesFired: s.stats.timesFired, leadsAffected: s.stats.leadsAffected, lastFiredAt: s.stats.lastFiredAt })),
    [summaries],
  );
  const { range } = period;

  // The projection mutates in place: its version is the dependency.
  const leads = useMemo(() => leadFigures({ rows: leadList.query(everyLead), range, stages }), [leadList, listVersion, range, stages]); // eslint-disable-line react-hooks/exhaustive-deps
  const activity = useMemo(() => activityFigures({ ...dashboard.activity(range), range, rules }), [dashboard, activityVersion, range, rules]); // eslint-disable-line react-hooks/exhaustive-deps
  const figures = useMemo(() => ({ ...leads, ...activity }), [leads, activity]);
  const tables = useMemo(() => dashboardTables(figures, { groupLabel, temperatureLabel }), [figures, groupLabel]);
  const charts = useMemo(() => overviewCharts(figures.overview, groupLabel), [figures.overview, groupLabel]);
  const sourceBars = useMemo(
    () => figures.sources.slice(0, maxBars).map((s): ChartDatum => ({ key: s.source, label: s.source === '' ? noSourceLabel : s.source, count: s.count, fill: '#1f6feb' })),
    [figures.sources],
  );

  const total = figures.leads;
  const noLeadsInPeriod = total === 0 ? 'No leads were created in this period.' : null;
  const activityPending = !dashboard.ready ? (dashboard.error !== null ? 'Events could not be read.' : 'Counting events…') : null;
  const firedRules = figures.rules.filter((r) => r.firedInRange > 0);
  const email = figures.email;
  const emailBars = [
    { label: 'Drafted', count: email.drafted },
    { label: 'Approved', count: email.approved },
    { label: 'Sent', count: email.sent },
    { label: 'Opened', count: email.opened },
    { label: 'Replied', count: email.replied },
    { label: 'Bounced', count: email.bounced },
  ];
  const emailTotal = emailBars.reduce((sum, b) => sum + b.count, 0);
  const leadNote = plural(total, 'lead', 'leads');
  const { fileLabel } = period;

  return (
    <section className="page dashboard-page" aria-labelledby="dashboard-heading">
      <header className="page-header">
        <h1 id="dashboard-heading">Dashboard</h1>
        <p className="lead-count" aria-live="polite" data-testid="dashboard-summary">
          {plural(total, 'lead', 'leads')} created · {period.description}
        </p>
      </header>
      <RangePicker range={period} />
      {!leadList.ready ? <ProgressBar label="Loading your leads" progress={leadList.loading} /> : null}
      {dashboard.loading ? <ProgressBar label="Reading events and emails (once)" progress={dashboard.loading} /> : null}
      {dashboard.error !== null ? (
        <div className="error-panel" role="alert">
          <p>Email and rule figures are missing: the events could not be read ({dashboard.error}).</p>
          <button type="button" onClick={() => dashboard.load().catch(() => undefined)}>
            Try again
          </button>
        </div>
      ) : null}
      {leadList.ready && leadList.size === 0 ? (
        <NoLeadsYet message="No leads yet. The dashboard fills in as you capture or import leads and work with them." />
      ) : (
        <div className="dashboard-grid">
          <DashboardCard
            table={tables['leads-by-group']}
            note={leadNote}
            summary={`Bar and pie chart of ${total.toLocaleString()} leads over ${charts.groups.length} groups.`}
            empty={noLeadsInPeriod}
            fileLabel={fileLabel}
            wide
          >
            <div className="dashboard-pair">
              <CountBarChart data={charts.groups} orientation="rows" />
              <CountPieChart data={charts.groups} />
            </div>
          </DashboardCard>
          <DashboardCard
            table={tables['leads-by-source']}
            note={figures.sources.length > maxBars ? `${leadNote} · the ${maxBars} largest sources drawn` : leadNote}
            summary={`Bar chart of leads per source, ${figures.sources.length} sources.`}
            empty={noLeadsInPeriod}
            fileLabel={fileLabel}
          >
            <CountBarChart data={sourceBars} orientation="rows" />
          </DashboardCard>
          <DashboardCard
            table={tables['stage-funnel']}
            note={leadNote}
            footnote="Reached: leads at the stage or further. Each bar's rate is from the stage before; targets from seed 001 (Lead → MQL >20%, MQL → SQL >30%, SQL → Opportunity >50%, Opportunity → Customer >25%)."
            summary="Funnel of leads per customer stage reached, with stage-to-stage conversion rates."
            empty={noLeadsInPeriod}
            fileLabel={fileLabel}
          >
            <FunnelBars steps={figures.funnel.steps} />
          </DashboardCard>
          <DashboardCard table={tables['score-distribution']} note={leadNote} summary="Bar chart of leads per 10-point score range." empty={noLeadsInPeriod} fileLabel={fileLabel}>
            <CountBarChart data={charts.scores} />
          </DashboardCard>
          <DashboardCard table={tables.temperature} note={leadNote} summary="Pie chart of leads per temperature, hot to cold." empty={noLeadsInPeriod} fileLabel={fileLabel}>
            <CountPieChart data={charts.temperatures} height={260} />
          </DashboardCard>
          <DashboardCard
            table={tables['source-effectiveness']}
            note={leadNote}
            footnote="Qualified: in the Qualified group, or a customer. Customers: in the Customer group or at the Closed Customers stage."
            summary="Bar chart of leads, qualified leads and customers per source."
            empty={noLeadsInPeriod}
            fileLabel={fileLabel}
            wide
          >
            <GroupedBars
              orientation="rows"
              data={figures.sourceEffects.slice(0, maxBars).map((s) => ({ label: s.source === '' ? noSourceLabel : s.source, leads: s.leads, qualified: s.qualified, customers: s.customers }))}
              series={[
                { key: 'leads', name: 'Leads', colour: '#8fb8f5' },
                { key: 'qualified', name: 'Qualified', colour: '#1f6feb' },
                { key: 'customers', name: 'Customers', colour: '#2da44e' },
              ]}
            />
          </DashboardCard>
          <DashboardCard
            table={tables['email-metrics']}
            note={`Open rate ${rateLabel(email.openRate) || '—'} (seed 001 target >25%)`}
            footnote="Drafted and approved count emails written and approved in the period; sent, opened, replied and bounced count the email events on your leads in the period."
            summary="Bar chart of emails drafted, approved, sent, opened, replied and bounced."
            empty={activityPending ?? (emailTotal === 0 ? 'No email was drafted, sent or answered in this period.' : null)}
            fileLabel={fileLabel}
          >
            <GroupedBars data={emailBars} series={[{ key: 'count', name: 'Emails', colour: '#1f6feb' }]} />
          </DashboardCard>
          <DashboardCard
            table={tables['rule-performance']}
            note={`${plural(firedRules.reduce((sum, r) => sum + r.firedInRange, 0), 'firing', 'firings')} in the period · ${plural(rules.length, 'rule', 'rules')}`}
            summary="Bar chart of how often each rule fired in the period."
            empty={activityPending ?? (rules.length === 0 && firedRules.length === 0 ? 'No rules yet.' : firedRules.length === 0 ? 'No rule fired in this period.' : null)}
            fileLabel={fileLabel}
          >
            <GroupedBars
              orientation="rows"
              data={firedRules.slice(0, maxBars).map((r) => ({ label: r.name, fired: r.firedInRange }))}
              series={[{ key: 'fired', name: 'Fired in period', colour: '#8250df' }]}
            />
          </DashboardCard>
        </div>
      )}
    </section>
  );
}
