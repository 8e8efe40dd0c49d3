import { useMemo } from 'react';
import { useLeadCenter } from '../../app/useLeadCenter';
import { FilterMenu } from '../../leads/components/FilterMenu';
import { useLeadListVersion } from '../../leads/hooks/useLeadListVersion';
import { NoLeadsYet } from '../../ui/NoLeadsYet';
import { ownerLabel, ownersMeFirst } from '../../leads/utils/levelLabels';
import { useReferenceLabels } from '../../reference/useReferenceLabels';
import { ProgressBar } from '../../ui/ProgressBar';
import { useLeadOverview } from '../hooks/useLeadOverview';
import { useOverviewFilters } from '../state/useOverviewFilters';
import { overviewCharts } from '../utils/overviewCharts';
import { hasOverviewFilters } from '../utils/overviewQuery';
import { ChartCard } from './ChartCard';
import { CountBarChart } from './CountBarChart';
import { CountPieChart } from './CountPieChart';
import './overview.css';

/**
 * The Leads Overview: how the seller's leads spread over groups, scores, temperatures and
 * engagement levels, for all leads or those of some groups, sources or owners. Counted from
 * the list projection, so it is live and works offline like the list.
 */
export function OverviewPage() {
  const { data } = useLeadCenter();
  const { leadList } = data;
  const filters = useOverviewFilters();
  const overview = useLeadOverview(leadList, filters);
  const version = useLeadListVersion(leadList);
  const { groupLabel } = useReferenceLabels();
  const sellerId = data.seller.userId;
  const facets = useMemo(() => leadList.facets(), [leadList, version]); // eslint-disable-line react-hooks/exhaustive-deps
  const owners = useMemo(() => ownersMeFirst(facets.owners, sellerId), [facets.owners, sellerId]);
  const charts = useMemo(() => overviewCharts(overview, groupLabel), [overview, groupLabel]);
  const filtered = hasOverviewFilters(filters);
  const total = overview.total;

  return (
    <section className="page overview-page" aria-labelledby="overview-heading">
      <header className="page-header">
        <h1 id="overview-heading">Leads overview</h1>
        <p className="lead-count" aria-live="polite" data-testid="overview-total">
          {total.toLocaleString()} {filtered ? `of ${leadList.size.toLocaleString()} ` : ''}
          {total === 1 && !filtered ? 'lead' : 'leads'}
        </p>
      </header>
      {!leadList.ready ? <ProgressBar label="Loading your leads" progress={leadList.loading} /> : null}
      <div className="toolbar" role="group" aria-label="Overview filters">
        <FilterMenu title="Group" options={facets.groups} selected={filters.groups} labelFor={groupLabel} onChange={(v) => filters.setFilter('groups', v)} />
        <FilterMenu title="Source" options={facets.sources} selected={filters.sources} onChange={(v) => filters.setFilter('sources', v)} />
        <FilterMenu title="Owner" options={owners} selected={filters.owners} labelFor={(id) => ownerLabel(id, sellerId)} onChange={(v) => filters.setFilter('owners', v)} />
        {filtered ? (
          <button type="button" className="button-link" onClick={filters.clear}>
            Clear filters
          </button>
        ) : null}
      </div>
      {leadList.ready && leadList.size === 0 ? (
        <NoLeadsYet message="No leads yet. The overview fills in as you capture or import leads." />
      ) : leadList.ready && total === 0 ? (
        <div className="empty-state">
          <p>No leads match these filters.</p>
          <button type="button" onClick={filters.clear}>
            Clear filters
          </button>
        </div>
      ) : (
        <div className="overview-grid">
          <ChartCard
            title="Leads per group"
            category="Group"
            rows={charts.groups}
            total={total}
            summary={`Bar and pie chart of ${total.toLocaleString()} leads over ${charts.groups.length} groups.`}
          >
            <div className="overview-pair">
              <CountBarChart data={charts.groups} orientation="rows" />
              <CountPieChart data={charts.groups} />
            </div>
          </ChartCard>
          <ChartCard title="Score distribution" category="Score" rows={charts.scores} total={total} summary="Bar chart of leads per 10-point score range.">
            <CountBarChart data={charts.scores} />
          </ChartCard>
          <ChartCard title="Temperature" category="Temperature" rows={charts.temperatures} total={total} summary="Bar chart of leads per temperature, hot to cold.">
            <CountBarChart data={charts.temperatures} />
          </ChartCard>
          <ChartCard
            title="Engagement level"
            category="Engagement level"
            rows={charts.engagementLevels}
            total={total}
            summary="Bar chart of leads per engagement level, hot to unresponsive, then not assessed."
          >
            <CountBarChart data={charts.engagementLevels} />
          </ChartCard>
        </div>
      )}
    </section>
  );
}
