import { useMemo, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { createColumnHelper, flexRender, getCoreRowModel, useReactTable, type ColumnDef } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import './leadLevels.css';
import type { LeadColumn, LeadListQuery, LeadRow } from '../../../data/contract';
import { useReferenceLabels } from '../../reference/useReferenceLabels';
import { formatRelativeTime } from '../../ui/formatRelativeTime';
import { hiddenColumnsToVisibility } from '../utils/hiddenColumnsToVisibility';
import { engagementLabel, temperatureLabel } from '../utils/levelLabels';
import { leadColumns } from '../utils/leadColumns';
import { nextSort } from '../utils/nextSort';
import { queryToSorting } from '../utils/queryToSorting';
import { selectRange } from '../utils/selectRange';

const rowHeight = 38;
const headerHeight = 40;

interface LeadTableProps {
  rows: readonly LeadRow[];
  query: LeadListQuery;
  hiddenColumns: readonly LeadColumn[];
  selection: ReadonlySet<string>;
  selectionAnchor: string | null;
  focusedId: string | null;
  now: number;
  onSort(sort: LeadListQuery['sort']): void;
  onSelectionChange(selection: ReadonlySet<string>, anchor?: string | null): void;
  onFocusChange(id: string | null): void;
  onOpen(id: string): void;
}

const column = createColumnHelper<LeadRow>();

/**
 * The Lead Center grid: @tanstack/react-table for the column model and sort state (sorting and
 * filtering are done by the projection), @tanstack/react-virtual so only visible rows render.
 * Only the visible window is handed to the table, so 100,000 rows cost nothing per render.
 */
export function LeadTable(props: LeadTableProps) {
  const { rows, query, hiddenColumns, selection, selectionAnchor, focusedId, now } = props;
  const { groupLabel, stageLabel } = useReferenceLabels();
  const scrollRef = useRef<HTMLDivElement>(null);

  // eslint-disable-next-line react-hooks/incompatible-library -- the grid re-renders on scroll by design
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    scrollMargin: headerHeight,
  });
  const virtualItems = virtualizer.getVirtualItems();
  const windowRows = useMemo(
    () => virtualItems.map((item) => rows[item.index]).filter((row): row is LeadRow => row !== undefined),
    [virtualItems, rows],
  );

  const columns = useMemo<ColumnDef<LeadRow, unknown>[]>(
    () =>
      [
        column.accessor('name', { cell: (c) => <span className="cell-strong">{c.row.original.name || c.row.original.email || '—'}</span> }),
        column.accessor('company', { cell: (c) => c.getValue<string>() }),
        column.accessor('country', { cell: (c) => c.getValue<string>() }),
        column.accessor((row) => row.sourceChannel, {
          id: 'source',
          cell: (c) => <span title={c.row.original.sourceCategory}>{c.row.original.sourceChannel}</span>,
        }),
        column.accessor('group', { cell: (c) => groupLabel(c.getValue<string>()) }),
        column.accessor('stage', { cell: (c) => stageLabel(c.getValue<string>()) }),
        column.accessor('score', {
          cell: (c) => {
            const { score, temperature } = c.row.original;
            // Coloured by the lead's stored temperature: the same band the detail panel shows.
            return (
              <span className={`score score-${temperature}`} title={temperatureLabel(temperature)} data-testid="score-badge">
                {Math.round(score)}
              </span>
            );
          },
        }),
        column.accessor('temperature', {
          cell: (c) => <span className={`level level-${c.row.original.temperature}`}>{temperatureLabel(c.row.original.temperature)}</span>,
        }),
        column.accessor('engagementLevel', {
          cell: (c) => {
            const level = c.row.original.engagementLevel;
            return level === null ? <span className="muted">{engagementLabel(null)}</span> : <span className={`level level-${level.toLowerCase()}`}>{engagementLabel(level)}</span>;
          },
        }),
        column.accessor('urgency', {
          cell: (c) => <span className="urgency">{c.row.original.urgency}</span>,
        }),
        column.accessor('tags', {
          cell: (c) => (
            <span className="tag-list">
              {c.row.original.tags.map((tag) => (
                <span key={tag} className="chip">
                  {tag}
                </span>
              ))}
            </span>
          ),
        }),
        column.accessor('lastActivityAt', {
          cell: (c) => {
            const at = c.getValue<number | null>();
            return at === null ? <span className="muted">—</span> : <span title={new Date(at).toLocaleString()}>{formatRelativeTime(at, now)}</span>;
          },
        }),
      ] as ColumnDef<LeadRow, unknown>[],
    [groupLabel, stageLabel, now],
  );

  const table = useReactTable({
    data: windowRows,
    columns,
    state: { sorting: queryToSorting(query), columnVisibility: hiddenColumnsToVisibility(hiddenColumns) },
    manualSorting: true,
    manualFiltering: true,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => row.id,
  });

  const visibleColumns = leadColumns.filter((c) => !hiddenColumns.includes(c.id));
  const gridTemplateColumns = ['44px', ...visibleColumns.map((c) => c.width)].join(' ');
  // The row focus was last moved to, known before the store's update re-renders the table: a key
  // pressed right after focusing the grid (ArrowDown from search, then Enter) acts on that row.
  const movedTo = useRef<string | null>(null);
  const focusedIndex = focusedId === null ? -1 : rows.findIndex((row) => row.id === focusedId);
  /** Read when a key is pressed, not when the handler was made: the ref may be newer than this render. */
  function activeIndex(): number {
    if (focusedIndex >= 0) return focusedIndex;
    const pending = movedTo.current;
    return pending === null ? -1 : rows.findIndex((row) => row.id === pending);
  }
  const allSelected = rows.length > 0 && rows.every((row) => selection.has(row.id));
  const someSelected = !allSelected && rows.some((row) => selection.has(row.id));

  function moveFocus(index: number) {
    const clamped = Math.max(0, Math.min(rows.length - 1, index));
    const row = rows[clamped];
    if (!row) return;
    movedTo.current = row.id;
    props.onFocusChange(row.id);
    virtualizer.scrollToIndex(clamped, { align: 'auto' });
  }

  function toggleRow(id: string, shiftKey: boolean) {
    const select = !selection.has(id);
    if (shiftKey && selectionAnchor !== null) {
      props.onSelectionChange(selectRange(selection, rows.map((row) => row.id), selectionAnchor, id, select), id);
      return;
    }
    const next = new Set(selection);
    if (select) next.add(id);
    else next.delete(id);
    props.onSelectionChange(next, id);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.target !== event.currentTarget) return;
    const active = activeIndex();
    const activeId = active >= 0 ? (rows[active]?.id ?? null) : null;
    const pageSize = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / rowHeight) - 1);
    switch (event.key) {
      case 'ArrowDown':
        moveFocus(focusedIndex + 1);
        break;
      case 'ArrowUp':
        moveFocus(focusedIndex <= 0 ? 0 : focusedIndex - 1);
        break;
      case 'PageDown':
        moveFocus(focusedIndex + pageSize);
        break;
      case 'PageUp':
        moveFocus(focusedIndex - pageSize);
        break;
      case 'Home':
        moveFocus(0);
        break;
      case 'End':
        moveFocus(rows.length - 1);
        break;
      case 'Enter':
        if (activeId !== null) props.onOpen(activeId);
        break;
      case ' ':
        if (activeId !== null) toggleRow(activeId, event.shiftKey);
        break;
      case 'a':
      case 'A':
        if (!(event.ctrlKey || event.metaKey)) return;
        props.onSelectionChange(new Set(rows.map((row) => row.id)), null);
        break;
      case 'Escape':
        if (selection.size === 0) return;
        event.stopPropagation();
        props.onSelectionChange(new Set(), null);
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  function onRowClick(event: MouseEvent, id: string) {
    if ((event.target as HTMLElement).closest('input, button, a')) return;
    props.onFocusChange(id);
    props.onOpen(id);
  }

  return (
    <div
      ref={scrollRef}
      className="lead-grid"
      role="grid"
      aria-label="Leads"
      aria-rowcount={rows.length + 1}
      aria-colcount={visibleColumns.length + 1}
      aria-multiselectable="true"
      aria-activedescendant={focusedIndex >= 0 ? `lead-row-${focusedId}` : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        if (event.target === event.currentTarget && focusedIndex < 0 && rows.length > 0) moveFocus(0);
      }}
    >
      {table.getHeaderGroups().map((headerGroup) => (
        <div key={headerGroup.id} role="row" aria-rowindex={1} className="lead-grid-row lead-grid-header" style={{ gridTemplateColumns, height: headerHeight }}>
          <div role="columnheader" className="cell cell-select">
            <input
              type="checkbox"
              aria-label="Select all matching leads"
              checked={allSelected}
              ref={(input) => {
                if (input) input.indeterminate = someSelected;
              }}
              onChange={() => props.onSelectionChange(allSelected ? new Set() : new Set(rows.map((row) => row.id)), null)}
            />
          </div>
          {headerGroup.headers.map((header) => {
            const id = header.column.id as LeadColumn;
            const label = leadColumns.find((c) => c.id === id)?.label ?? id;
            const sorted = query.sort?.column === id ? query.sort.direction : null;
            return (
              <div
                key={header.id}
                role="columnheader"
                className="cell"
                aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
              >
                <button type="button" className="sort-button" onClick={() => props.onSort(nextSort(query.sort, id))}>
                  {label}
                  <span aria-hidden="true" className="sort-indicator">
                    {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                  </span>
                </button>
              </div>
            );
          })}
        </div>
      ))}
      <div role="rowgroup" style={{ height: virtualizer.getTotalSize() - headerHeight, position: 'relative' }}>
        {table.getRowModel().rows.map((row, k) => {
          const item = virtualItems[k];
          if (!item) return null;
          const selected = selection.has(row.id);
          const focused = row.id === focusedId;
          return (
            <div
              key={row.id}
              id={`lead-row-${row.id}`}
              role="row"
              data-testid="lead-row"
              aria-rowindex={item.index + 2}
              aria-selected={selected}
              className={`lead-grid-row${selected ? ' is-selected' : ''}${focused ? ' is-focused' : ''}`}
              style={{ gridTemplateColumns, height: rowHeight, transform: `translateY(${item.start - headerHeight}px)` }}
              onClick={(event) => onRowClick(event, row.id)}
            >
              <div role="gridcell" className="cell cell-select">
                <input
                  type="checkbox"
                  tabIndex={-1}
                  aria-label={`Select ${row.original.name || row.original.email || row.original.company || 'lead'}`}
                  checked={selected}
                  onClick={(event) => toggleRow(row.id, event.shiftKey)}
                  onChange={() => undefined}
                />
              </div>
              {row.getVisibleCells().map((cell) => (
                <div key={cell.id} role="gridcell" className={`cell cell-${cell.column.id}`}>
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </div>
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
}
