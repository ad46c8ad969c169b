import './workshop.css';
import { useState } from 'react';
import { cardVotes, dotsPerParticipant, dotsUsed, visibleStages } from '../../../domain';
import { SidePanel } from '../../components/side-panel';
import { useBoardStore } from '../../store/board-store';

/**
 * Dot voting: participants, each with a number of dots; the facilitator picks who is voting and clicks cards to
 * place their dots. Totals stay hidden until revealed; the ranked list shows the result.
 */
export function VotingPanel() {
  const board = useBoardStore((s) => s.board)!;
  const participant = useBoardStore((s) => s.votingParticipant);
  const hidden = useBoardStore((s) => s.votesHidden);
  const votingStages = useBoardStore((s) => s.votingStages);
  const { setVotingParticipant, setVotingStages, setVotesHidden, setPanel, updateBoard, resetVotes } =
    useBoardStore.getState();
  const [name, setName] = useState('');
  const dots = dotsPerParticipant(board);
  const used = (who: string) => dotsUsed(board, who);
  const ranked = board.initiatives
    .map((i) => ({ initiative: i, total: cardVotes(i) }))
    .filter((r) => r.total > 0)
    .sort((a, b) => b.total - a.total || a.initiative.title.localeCompare(b.initiative.title));
  const participants = board.workshop.participants;

  return (
    <SidePanel className="side-panel" labelledBy="voting-title" onClose={() => setPanel(null)}>
      <header className="side-panel-header">
        <h2 id="voting-title">Dot voting</h2>
        <button type="button" className="button ghost" onClick={() => setPanel(null)} aria-label="Close dot voting">
          ×
        </button>
      </header>
      <div className="field">
        <label htmlFor="dots">Dots per participant</label>
        <input
          id="dots"
          type="number"
          min={1}
          max={50}
          value={dots}
          onChange={(e) => {
            const value = Math.round(Number(e.target.value));
            if (value >= 1 && value <= 50) updateBoard({ workshop: { ...board.workshop, dotsPerParticipant: value } });
          }}
        />
      </div>
      <fieldset className="voting-stages">
        <legend>Vote on</legend>
        {visibleStages(board).map((stage) => (
          <label key={stage.id}>
            <input
              type="checkbox"
              checked={votingStages.includes(stage.id)}
              onChange={() =>
                setVotingStages(
                  votingStages.includes(stage.id)
                    ? votingStages.filter((s) => s !== stage.id)
                    : [...votingStages, stage.id],
                )
              }
            />{' '}
            {stage.label}
          </label>
        ))}
      </fieldset>
      <h3>Participants</h3>
      <p className="muted">Choose who is voting, then click + on the cards of the stages voted on.</p>
      {/* Native radios: the group is one Tab stop and the arrow keys choose who votes, however many there are. */}
      <div className="participants" role="radiogroup" aria-label="Who is voting">
        {[null, ...participants].map((who) => (
          <label key={who ?? ''} className={`participant${participant === who ? ' active' : ''}`}>
            <input
              type="radio"
              className="radio-cover"
              name="voting-participant"
              checked={participant === who}
              onChange={() => setVotingParticipant(who)}
            />
            {who ?? 'No one'}{' '}
            <span className="muted">{who ? `${dots - used(who)} of ${dots} dots left` : 'voting paused'}</span>
          </label>
        ))}
      </div>
      {participant ? (
        <button
          type="button"
          className="button ghost small"
          onClick={() => {
            setVotingParticipant(null);
            updateBoard({
              workshop: { ...board.workshop, participants: participants.filter((p) => p !== participant) },
            });
          }}
        >
          Remove {participant}
        </button>
      ) : null}
      <form
        className="add-participant"
        onSubmit={(e) => {
          e.preventDefault();
          const trimmed = name.trim();
          if (!trimmed) return;
          if (participants.includes(trimmed))
            return useBoardStore.getState().notify('info', `${trimmed} is already a participant.`);
          updateBoard({ workshop: { ...board.workshop, participants: [...participants, trimmed] } });
          setName('');
        }}
      >
        <label className="visually-hidden" htmlFor="participant-name">
          New participant
        </label>
        <input
          id="participant-name"
          placeholder="Add a participant"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" className="button small">
          Add
        </button>
      </form>
      <div className="voting-actions">
        <button type="button" className="button" aria-pressed={!hidden} onClick={() => setVotesHidden(!hidden)}>
          {hidden ? 'Reveal votes' : 'Hide votes'}
        </button>
        <button type="button" className="button danger" onClick={resetVotes} disabled={!ranked.length}>
          Reset all votes
        </button>
      </div>
      <h3>Ranking</h3>
      {hidden ? (
        <p className="muted">Hidden until revealed.</p>
      ) : ranked.length ? (
        <ol className="ranking">
          {ranked.map((r) => (
            <li key={r.initiative.id}>
              <span>{r.initiative.title}</span> <strong>{r.total}</strong>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">No dots placed yet.</p>
      )}
    </SidePanel>
  );
}
