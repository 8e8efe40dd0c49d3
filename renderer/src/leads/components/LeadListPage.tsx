import { useMemo } from 'react';
import { navigate } from '../../app/navigate';
import { useLeadCenter } from '../../app/useLeadCenter';
import { engagementLevelsHottestFirst, temperaturesHottestFirst } from '../../../../core/list/levelRanks';
import { notAssessed, type EngagementFilterValue } from '../../../../core/list/types';
import { countryName } from '../../../../core/model/normaliseCountry';
import { useReferenceLabels } from '../../reference/useReferenceLabels';
import { ProgressBar } from '../../ui/ProgressBar';
import { useNow } from '../../ui/useNow';
import { useLeadRows } from '../hooks/useLeadRows';
import { useListQueryFromHash } from '../hooks/useListQueryFromHash';
import { useLeadListStore } from '../state/useLeadListStore';
import { hasFacetFilters } from '../utils/hasFacetFilters';
import { engagementLabel, ownerLabel, ownersMeFirst, temperatureLabel } from '../utils/levelLabels';
import { BulkActionBar } from './BulkActionBar';
import { ColumnsMenu } from './ColumnsMenu';
import { EmptyDatabase } from './EmptyDatabase';
import { FilterMenu } from './FilterMenu';
import { LeadTable } from './LeadTable';
import { SavedViewsMenu } from './SavedViewsMenu';

const engagementOptions: readonly EngagementFilterValue[] = [...engagementLevelsHottestFirst, notAssessed];

/** The Lead Center list: search, facet filters, saved views, bulk actions, virtualised grid. */
export function LeadListPage() {
  const { data } = useLeadCenter();
  const { leadList } = data;
  const store = useLeadListStore();
  const { query, hiddenColumns, selection, selectionAnchor, focusedId } = store;
  const { rows, stale } = useLeadRows(leadList, query);
  const { groupLabel } = useReferenceLabels();
  const now = useNow(60_000);
  // Facets only change with the data; rows is recomputed on the same version change.
  const facets = useMemo(() => leadList.facets(), [leadList, rows]); // eslint-disable-line react-hooks/exhaustive-deps
  const filters = query.filters;
  const filtered = filters.search !== '' || hasFacetFilters(filters);
  const sellerId = data.seller.userId;
  useListQueryFromHash(sellerId);
  const owners = useMemo(() => ownersMeFirst(facets.owners, sellerId), [facets.owners, sellerId]);
  const selectedIds = useMemo(() => [...selection], [selection]);

  if (leadList.ready && leadList.size === 0) return <EmptyDatabase />;

  return (
    <section className="page lead-list-page" aria-labelledby="leads-heading">
      <header className="page-header">
        <h1 id="leads-heading">Leads</h1>
        <p className="lead-count" aria-live="polite">
          {rows.length.toLocaleString()} of {leadList.size.toLocaleString()} leads
        </p>
        <button type="button" className="primary" onClick={() => navigate({ name: 'capture' })}>
          New lead <kbd>N</kbd>
        </button>
      </header>
      {!leadList.ready ? <ProgressBar label="Loading your leads" progress={leadList.loading} /> : null}
      <div className="toolbar" role="search">
        <input
          id="lead-search"
          type="search"
          className="search-input"
          aria-label="Search leads"
          placeholder="Search leads (Ctrl+K)"
          value={filters.search}
          onChange={(event) => store.setSearch(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              document.querySelector<HTMLElement>('.lead-grid')?.focus();
            }
          }}
        />
        <FilterMenu title="Group" options={facets.groups} selected={filters.groups} labelFor={groupLabel} onChange={(v) => store.setFilter('groups', v)} />
        <FilterMenu title="Source" options={facets.sources} selected={filters.sources} onChange={(v) => store.setFilter('sources', v)} />
        <FilterMenu title="Tag" options={facets.tags} selected={filters.tags} onChange={(v) => store.setFilter('tags', v)} />
        <FilterMenu
          title="Country"
          options={facets.countries}
          selected={filters.countries}
          labelFor={(code) => `${countryName(code)} (${code})`}
          onChange={(v) => store.setFilter('countries', v)}
        />
        <FilterMenu
          title="Temperature"
          options={temperaturesHottestFirst}
          selected={filters.temperatures ?? []}
          labelFor={temperatureLabel}
          onChange={(v) => store.setFilter('temperatures', v)}
        />
        <FilterMenu
          title="Engagement"
          options={engagementOptions}
          selected={filters.engagementLevels ?? []}
          labelFor={engagementLabel}
          onChange={(v) => store.setFilter('engagementLevels', v)}
        />
        <FilterMenu
          title="Owner"
          options={owners}
          selected={filters.owners ?? []}
          labelFor={(id) => ownerLabel(id, sellerId)}
          onChange={(v) => store.setFilter('owners', v)}
        />
        {filtered ? (
          <button type="button" className="button-link" onClick={store.clearFilters}>
            Clear filters
          </button>
        ) : null}
        <span className="toolbar-spacer" />
        <ColumnsMenu />
        <SavedViewsMenu />
      </div>
      {selection.size > 0 ? (
        <BulkActionBar
          selectedIds={selectedIds}
          tagsInUse={facets.tags}
          onDone={(clear) => {
            if (clear) store.setSelection(new Set(), null);
          }}
        />
      ) : null}
      {rows.length === 0 && leadList.ready ? (
        <div className="empty-state">
          <p>No leads match {filters.search ? `“${filters.search}”` : 'these filters'}.</p>
          <button type="button" onClick={store.clearFilters}>
            Clear search and filters
          </button>
        </div>
      ) : (
        <div className={`grid-wrap${stale ? ' is-stale' : ''}`}>
          <LeadTable
            rows={rows}
            query={query}
            hiddenColumns={hiddenColumns}
            selection={selection}
            selectionAnchor={selectionAnchor}
            focusedId={focusedId}
            now={now}
            onSort={store.setSort}
            onSelectionChange={store.setSelection}
            onFocusChange={store.setFocusedId}
            onOpen={(id) => navigate({ name: 'lead', leadId: id })}
          />
        </div>
      )}
    </section>
  );
}
