// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { addInitiative, createBoard, findInitiative, FOUNDATIONS } from '../../../../domain';
import { EditorPanel, parseAmount } from '../../../../renderer/features/editor/editor-panel';
import { InitiativeCard } from '../../../../renderer/features/board/initiative-card';
import { ReadinessStrip } from '../../../../renderer/features/board/readiness-strip';
import { undo, useBoardStore } from '../../../../renderer/store/board-store';

const store = () => useBoardStore.getState();

function showCard() {
  store().loadBoard(createBoard('W', { now: '2026-01-01T00:00:00.000Z' }), {
    handle: null,
    fileName: null,
    folder: null,
  });
  const id = store().addInitiative({ title: 'Claims triage', stage: 'pilot' });
  store().select(id);
  return id;
}
const card = (id: string) => findInitiative(store().board!, id)!;

describe('EditorPanel', () => {
  it('writes a text field once, when the user leaves it, as one undo step', async () => {
    const id = showCard();
    render(<EditorPanel />);
    const owner = screen.getByRole('textbox', { name: 'Owner' });
    await userEvent.type(owner, 'Ana Silva');
    expect(card(id).owner).toBeUndefined();
    fireEvent.blur(owner);
    expect(card(id).owner).toBe('Ana Silva');
    act(() => undo());
    expect(card(id).owner).toBeUndefined();
    expect(screen.getByRole('textbox', { name: 'Owner' })).toHaveValue('');
  });

  it('sets a readiness level and shows that level’s rubric', async () => {
    const id = showCard();
    render(<EditorPanel />);
    const group = screen.getByRole('radiogroup', { name: 'Governance' });
    await userEvent.click(group.querySelector('[title^="3 "]')!);
    expect(card(id).readiness.governance).toBe(3);
    expect(screen.getByText(FOUNDATIONS.governance.rubric[3])).toBeInTheDocument();
  });

  it('keeps the title when it is emptied and deletes the card undoably', async () => {
    const id = showCard();
    render(<EditorPanel />);
    const title = screen.getByLabelText('Title');
    await userEvent.clear(title);
    fireEvent.blur(title);
    expect(card(id).title).toBe('Claims triage');
    await userEvent.click(screen.getByRole('button', { name: 'Delete initiative' }));
    expect(store().board!.initiatives).toHaveLength(0);
    undo();
    expect(store().board!.initiatives).toHaveLength(1);
  });

  it('offers sources and risk tiers by their labels, in the schema’s order', async () => {
    const id = showCard();
    render(<EditorPanel />);
    const options = (name: string) =>
      [...screen.getByRole('combobox', { name }).querySelectorAll('option')].map((o) => o.textContent);
    expect(options('Source')).toEqual(['Not set', 'Frontline idea', 'Central team', 'Vendor', 'Partner', 'Other']);
    expect(options('Risk tier')).toEqual(['Not assessed', 'Low', 'Medium', 'High']);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Risk tier' }), 'High');
    expect(card(id).riskTier).toBe('high');
  });

  it('refuses an amount that is not a number, with a message', async () => {
    const id = showCard();
    render(<EditorPanel />);
    const value = screen.getByLabelText('Value estimate');
    await userEvent.type(value, 'lots{Enter}');
    expect(card(id).valueEstimate).toBeUndefined();
    expect(store().notice?.text).toMatch(/“lots” is not a number/);
  });
});

it('reads amounts as people type them', () => {
  expect(parseAmount('1,200,000')).toBe(1_200_000);
  expect(parseAmount(' 950 000 ')).toBe(950_000);
  expect(parseAmount('')).toBeUndefined();
  expect(parseAmount('12abc')).toBeNull();
});

it('describes the readiness strip for screen readers', () => {
  render(
    <ReadinessStrip readiness={{ data: 3, integration: 1, governance: 2, process: 0, people: 4, performance: 2 }} />,
  );
  expect(screen.getByRole('img')).toHaveAccessibleName(
    'Readiness: Data 3, Integration 1, Governance 2, Process 0, People & operating model 4, Performance 2',
  );
});

it('names a card’s risk tier with the label the editor uses', () => {
  const board = addInitiative(
    createBoard('W', { now: '2026-01-01T00:00:00.000Z' }),
    { title: 'A' },
    { now: '2026-01-01T00:00:00.000Z' },
  );
  render(<InitiativeCard initiative={board.initiatives[0]!} />);
  expect(screen.getByText('Risk: Not assessed')).toBeInTheDocument();
});
