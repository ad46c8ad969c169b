import './workshop.css';
import type { ReactNode } from 'react';
import { useEffect, useRef, useState } from 'react';
import type { FoundationId, Swimlanes } from '../../../domain';
import {
  boardRegimes,
  filterChoices,
  FOUNDATION_IDS,
  FOUNDATIONS,
  GOVERNANCE_FILTER_LABELS,
  governanceFilterChoices,
  initiativeSourceSchema,
  isFiltering,
  labelled,
  NO_FILTERS,
  READINESS_LEVELS,
  REGIMES,
  RISK_TIER_LABELS,
  RISK_TIERS_BY_SEVERITY,
  SOURCE_LABELS,
  swimlaneChoices,
} from '../../../domain';
import { closeOnEscape, usePanelFocus } from '../../components/panel-focus';
import { useToday } from '../../lib/use-today';
import { useBoardStore } from '../../store/board-store';

const SOURCES = labelled(initiativeSourceSchema.options, SOURCE_LABELS);
const TIERS = labelled(RISK_TIERS_BY_SEVERITY, RISK_TIER_LABELS);
const unlabelled = (values: string[]) => values.map((value) => ({ value, label: value }));

function toggle<T>(list: T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/** Search, filters and swimlanes: what the room looks at, never what the board holds. */
export function FilterBar() {
  const board = useBoardStore((s) => s.board)!;
  const filters = useBoardStore((s) => s.filters);
  const swimlanes = useBoardStore((s) => s.swimlanes);
  const { setFilters, setSwimlanes } = useBoardStore.getState();
  const [open, setOpen] = useState(false);
  const today = useToday();
  // Left on overnight, "has overdue actions" judges by the new day, as the cards' badges do.
  useEffect(() => {
    if (filters.overdueOn !== null && filters.overdueOn !== today) setFilters({ ...filters, overdueOn: today });
  }, [filters, today, setFilters]);
  const choices = filterChoices(board);
  const regimes = boardRegimes(board);
  // A governance filter the regimes no longer offer stays in the menu while it is on, as the swimlane menu keeps
  // naming its lane: otherwise the board could be emptied with nothing to untick.
  const governance = labelled(governanceFilterChoices(regimes, filters.governance), GOVERNANCE_FILTER_LABELS);
  // A board whose regimes changed keeps the lanes it shows until the room picks others: the menu still names them.
  const lanes = swimlaneChoices(regimes);
  const stale = lanes.some((l) => l.value === swimlanes)
    ? undefined
    : swimlaneChoices(REGIMES).find((l) => l.value === swimlanes);
  const laneOptions = stale ? [...lanes, stale] : lanes;
  const active = isFiltering(filters);
  const shown = board.initiatives.length;

  const group = <T extends string>(
    title: string,
    options: { value: T; label: string }[],
    selected: T[],
    onToggle: (value: T) => void,
  ) =>
    options.length ? <ChoiceGroup title={title} options={options} selected={selected} onToggle={onToggle} /> : null;

  return (
    <div className="filter-bar">
      <input
        type="search"
        className="search"
        aria-label="Search initiatives"
        placeholder={`Search ${shown} initiatives`}
        value={filters.search}
        onChange={(e) => setFilters({ ...filters, search: e.target.value })}
      />
      <button
        type="button"
        className={`button${active ? ' primary' : ''}`}
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        Filters{active ? ' (on)' : ''}
      </button>
      {active ? (
        <button type="button" className="button ghost" onClick={() => setFilters(NO_FILTERS)}>
          Clear
        </button>
      ) : null}
      <label className="lanes-select">
        Swimlanes{' '}
        <select value={swimlanes} onChange={(e) => setSwimlanes(e.target.value as Swimlanes)}>
          {laneOptions.map((l) => (
            <option key={l.value} value={l.value}>
              {l.label}
            </option>
          ))}
        </select>
      </label>
      {open ? (
        <FilterPanel onClose={() => setOpen(false)}>
          {group('Business unit', unlabelled(choices.businessUnits), filters.businessUnits, (v) =>
            setFilters({ ...filters, businessUnits: toggle(filters.businessUnits, v) }),
          )}
          {group('Source', SOURCES, filters.sources, (v) =>
            setFilters({ ...filters, sources: toggle(filters.sources, v) }),
          )}
          {group('Risk tier', TIERS, filters.riskTiers, (v) =>
            setFilters({ ...filters, riskTiers: toggle(filters.riskTiers, v) }),
          )}
          {group('Regulatory classification', governance, filters.governance, (v) =>
            setFilters({ ...filters, governance: toggle(filters.governance, v) }),
          )}
          {group('Tags', unlabelled(choices.tags), filters.tags, (v) =>
            setFilters({ ...filters, tags: toggle(filters.tags, v) }),
          )}
          <fieldset className="filter-group">
            <legend>Actions</legend>
            <label>
              <input
                type="checkbox"
                checked={filters.overdueOn !== null}
                onChange={(e) => setFilters({ ...filters, overdueOn: e.target.checked ? today : null })}
              />{' '}
              Has overdue actions
            </label>
          </fieldset>
          <fieldset className="filter-group">
            <legend>Foundation below a level</legend>
            <select
              aria-label="Foundation"
              value={filters.below?.foundation ?? ''}
              onChange={(e) =>
                setFilters({
                  ...filters,
                  below: e.target.value
                    ? { foundation: e.target.value as FoundationId, level: filters.below?.level ?? 2 }
                    : null,
                })
              }
            >
              <option value="">Any</option>
              {FOUNDATION_IDS.map((f) => (
                <option key={f} value={f}>
                  {FOUNDATIONS[f].label}
                </option>
              ))}
            </select>
            <label>
              below{' '}
              <select
                aria-label="Level"
                value={filters.below?.level ?? 2}
                disabled={!filters.below}
                onChange={(e) =>
                  filters.below &&
                  setFilters({ ...filters, below: { ...filters.below, level: Number(e.target.value) } })
                }
              >
                {READINESS_LEVELS.filter((l) => l > 0).map((l) => (
                  <option key={l} value={l}>
                    {l}
                  </option>
                ))}
              </select>
            </label>
          </fieldset>
        </FilterPanel>
      ) : null}
    </div>
  );
}

/**
 * The open filters, a panel like the side panels: opening moves focus to the first choice, Escape closes, and focus
 * goes back to the Filters button by the same mechanism (panel-focus.ts).
 */
function FilterPanel({ onClose, children }: { onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  usePanelFocus(ref, { initial: (panel) => panel.querySelector<HTMLElement>('input, select') });
  return (
    <div ref={ref} className="filter-panel" role="group" aria-label="Filters" onKeyDownCapture={closeOnEscape(onClose)}>
      {children}
    </div>
  );
}

/** A list longer than this gets a search box: 85 business units are not read by scrolling a narrow box. */
export const SEARCHABLE_FROM = 12;

/** One filter's choices as checkboxes; a long list can be searched, and says how many are chosen. */
function ChoiceGroup<T extends string>({
  title,
  options,
  selected,
  onToggle,
}: {
  title: string;
  options: { value: T; label: string }[];
  selected: T[];
  onToggle: (value: T) => void;
}) {
  const [query, setQuery] = useState('');
  const searchable = options.length >= SEARCHABLE_FROM;
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const shown = searchable
    ? options.filter(({ label }) => words.every((word) => label.toLowerCase().includes(word)))
    : options;
  return (
    <fieldset className={`filter-group${searchable ? ' searchable' : ''}`}>
      <legend>
        {title}
        {searchable && selected.length ? <span className="muted"> · {selected.length} chosen</span> : null}
      </legend>
      {searchable ? (
        <input
          type="search"
          className="filter-search"
          aria-label={`Find a ${title.toLowerCase()}`}
          placeholder={`Find among ${options.length}`}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      ) : null}
      <div className="filter-choices">
        {shown.map(({ value, label }) => (
          <label key={value}>
            <input type="checkbox" checked={selected.includes(value)} onChange={() => onToggle(value)} /> {label}
          </label>
        ))}
        {searchable && !shown.length ? (
          <p className="muted">
            No {title.toLowerCase()} matches “{query}”.
          </p>
        ) : null}
      </div>
    </fieldset>
  );
}
