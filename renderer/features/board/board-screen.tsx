import './board.css';
import { findInitiative } from '../../../domain';
import { ToggleGroup } from '../../components/toggle-group';
import { useBoardStore } from '../../store/board-store';
import { ActionsPanel } from '../actions/actions-panel';
import { toggleActions } from '../actions/actions-commands';
import { AudienceControls } from '../audience/audience-controls';
import { CombineReportDialog } from '../combine/combine-report-dialog';
import { CompareView } from '../compare/compare-view';
import { RestartWorkshopDialog, WorkshopStart } from '../compare/workshop-start';
import { EditorPanel } from '../editor/editor-panel';
import { PrintWhenPrinting } from '../export/print-view';
import { GateDialog } from '../gates/gate-dialog';
import { MatrixScreen } from '../matrix/matrix-view';
import { MetricsPanel } from '../metrics/metrics-panel';
import { BoardSetupDialog } from '../workshop/board-setup-dialog';
import { CountdownTimer } from '../workshop/countdown-timer';
import { DecisionLogPanel } from '../workshop/decision-log-panel';
import { FilterBar } from '../workshop/filter-bar';
import { FocusCard } from '../workshop/focus-view';
import { VotingPanel } from '../workshop/voting-panel';
import { BoardHeader } from './board-header';
import { BoardView } from './board-view';

export function BoardScreen() {
  const board = useBoardStore((s) => s.board)!;
  const panel = useBoardStore((s) => s.panel);
  const pending = useBoardStore((s) => s.pendingMove);
  const metricsOpen = useBoardStore((s) => s.metricsOpen);
  const setupOpen = useBoardStore((s) => s.setupOpen);
  const focusId = useBoardStore((s) => s.focusId);
  const compareOpen = useBoardStore((s) => s.compareOpen);
  const restartAsked = useBoardStore((s) => s.restartAsked);
  const portfolioView = useBoardStore((s) => s.portfolioView);
  const combineReport = useBoardStore((s) => s.combineReport);
  const { setPanel, setMetricsOpen, setSetupOpen, setFocus } = useBoardStore.getState();
  const focus = focusId ? findInitiative(board, focusId) : undefined;

  return (
    <div className="board-screen">
      <PrintWhenPrinting board={board} />
      <BoardHeader />
      <div className="workshop-bar" role="toolbar" aria-label="Workshop tools">
        <PortfolioViewSwitch />
        <FilterBar />
        <CountdownTimer />
        <div className="workshop-buttons">
          <WorkshopStart />
          <button
            type="button"
            className="button"
            aria-pressed={panel === 'voting'}
            onClick={() => setPanel(panel === 'voting' ? null : 'voting')}
          >
            Dot voting
          </button>
          <button
            type="button"
            className="button"
            aria-pressed={panel === 'log'}
            onClick={() => setPanel(panel === 'log' ? null : 'log')}
          >
            Decision log
          </button>
          <button
            type="button"
            className="button"
            aria-pressed={panel === 'actions'}
            title="Actions (Ctrl+Shift+A)"
            onClick={toggleActions}
          >
            Actions
          </button>
          <button type="button" className="button" onClick={() => setMetricsOpen(true)}>
            Metrics
          </button>
          <button type="button" className="button" onClick={() => setSetupOpen(true)}>
            Setup
          </button>
          <AudienceControls />
        </div>
      </div>
      {/* Focusable so that focus has somewhere to land when what it would return to has gone. */}
      <main className="board-area" tabIndex={-1}>
        {portfolioView === 'matrix' ? <MatrixScreen /> : <BoardView />}
        {panel === 'log' ? (
          <DecisionLogPanel />
        ) : panel === 'voting' ? (
          <VotingPanel />
        ) : panel === 'actions' ? (
          <ActionsPanel />
        ) : (
          <EditorPanel />
        )}
      </main>
      {pending ? <GateDialog key={`${pending.id}-${pending.to}`} /> : null}
      {metricsOpen ? <MetricsPanel /> : null}
      {setupOpen ? <BoardSetupDialog /> : null}
      {compareOpen ? <CompareView /> : null}
      {restartAsked ? <RestartWorkshopDialog /> : null}
      {combineReport ? <CombineReportDialog /> : null}
      {focus ? <FocusCard board={board} initiative={focus} onClose={() => setFocus(null)} /> : null}
    </div>
  );
}

/** Board or matrix: two views of the same cards, with the same filters and search. */
function PortfolioViewSwitch() {
  const view = useBoardStore((s) => s.portfolioView);
  const setView = useBoardStore((s) => s.setPortfolioView);
  return (
    <ToggleGroup
      name="View"
      dataKey="portfolio-view"
      value={view}
      options={[
        { value: 'board', label: 'Board' },
        { value: 'matrix', label: 'Matrix', title: 'Value against readiness' },
      ]}
      onChange={setView}
    />
  );
}
