import './workshop.css';
import { ModalDialog } from '../../components/modal-dialog';
import type { StageId, BoardDocument, Initiative } from '../../../domain';
import {
  boardRegimes,
  classificationLine,
  daysInStage,
  DECISION_LABELS,
  formatBoardDate,
  inStageText,
  FOUNDATION_IDS,
  FOUNDATIONS,
  governanceKeptFromRoom,
  isHighImpact,
  levelWords,
  missingPractices,
  openPracticesWords,
  practiceStatus,
  practiceWords,
  stageLabel,
} from '../../../domain';

/** One card, large: its story, its readiness foundation by foundation, and its history of decisions. */
export function FocusCard({
  board,
  initiative,
  onClose,
  audience = false,
}: {
  board: BoardDocument;
  initiative: Initiative;
  onClose?: () => void;
  /** On the audience window, whose board has lost what the card keeps confidential: say nothing of that. */
  audience?: boolean;
}) {
  const label = (stage: StageId | string) => stageLabel(board.stages, stage);
  const history = board.decisions
    .filter((d) => d.initiativeId === initiative.id)
    .slice()
    .reverse();
  const days = daysInStage(initiative, new Date().toISOString());
  return (
    // On the audience window, which has no Close, Escape does nothing: the facilitator ends the focus.
    <ModalDialog className="focus-frame" labelledBy="focus-title" onCancel={onClose ?? (() => undefined)}>
      <article className="focus-card">
        <header className="focus-header">
          <div>
            <p className="focus-stage">
              {label(initiative.stage)} · {inStageText(days, board.workshop.locale)}
              {initiative.businessUnit ? ` · ${initiative.businessUnit}` : ''}
              {initiative.owner ? ` · ${initiative.owner}` : ''}
            </p>
            <h2 id="focus-title">{initiative.title}</h2>
          </div>
          {onClose ? (
            <button type="button" className="button" onClick={onClose} data-autofocus>
              Close focus
            </button>
          ) : null}
        </header>
        <div className="focus-body">
          <div className="focus-story">
            {initiative.problem ? (
              <p>
                <strong>Problem.</strong> {initiative.problem}
              </p>
            ) : null}
            {initiative.outcome ? (
              <p>
                <strong>Outcome.</strong> {initiative.outcome}
              </p>
            ) : null}
            {initiative.kpi ? (
              <p>
                <strong>KPI.</strong> {initiative.kpi}
              </p>
            ) : null}
            <FocusGovernance board={board} initiative={initiative} audience={audience} />
          </div>
          <ul className="focus-readiness" aria-label="Readiness">
            {FOUNDATION_IDS.map((f) => {
              const level = initiative.readiness[f];
              return (
                <li key={f}>
                  <span className="focus-foundation">{FOUNDATIONS[f].label}</span>
                  <span className="focus-meter" aria-hidden="true">
                    {[1, 2, 3, 4].map((step) => (
                      <span key={step} className={`meter-step${step <= level ? ` level-${level}` : ''}`} />
                    ))}
                  </span>
                  <span className="focus-level">{levelWords(level)}</span>
                </li>
              );
            })}
          </ul>
          <section className="focus-history" aria-labelledby="focus-history-title">
            <h3 id="focus-history-title">History</h3>
            {history.length ? (
              <ol>
                {history.map((d) => (
                  <li key={d.id}>
                    <strong>{DECISION_LABELS[d.kind]}</strong>{' '}
                    {d.from === d.to ? label(d.from) : `${label(d.from)} → ${label(d.to)}`}{' '}
                    <span className="muted">{formatBoardDate(d.at, board.workshop.locale)}</span>
                    {d.rationale ? <span> — “{d.rationale}”</span> : null}
                  </li>
                ))}
              </ol>
            ) : (
              <p className="muted">No decisions yet.</p>
            )}
          </section>
        </div>
      </article>
    </ModalDialog>
  );
}

/**
 * The card's classification under each regime the board uses, and, for a high-impact card, which minimum practices
 * are open. On the audience window a classification or practices the card keeps confidential are left out.
 */
function FocusGovernance({
  board,
  initiative,
  audience,
}: {
  board: BoardDocument;
  initiative: Initiative;
  audience: boolean;
}) {
  const regimes = boardRegimes(board);
  const hidden = (part: 'classification' | 'practices') => audience && governanceKeptFromRoom(initiative, part);
  if (!regimes.length || hidden('classification')) return null;
  const open = hidden('practices') ? null : missingPractices(initiative, regimes);
  return (
    <>
      <p>
        <strong>Classification.</strong> {classificationLine(initiative, regimes)}
      </p>
      {open && isHighImpact(initiative, regimes) ? (
        <p>
          <strong>Minimum practices.</strong> {openPracticesWords(open.length)}
          {open.length ? `: ${open.map((p) => practiceWords(p, practiceStatus(initiative, p))).join(', ')}` : ''}.
        </p>
      ) : null}
    </>
  );
}
