// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  addInitiative,
  createBoard,
  DEFAULT_REGIMES,
  findInitiative,
  FOUNDATIONS,
  PRACTICE_IDS,
} from '../../../../domain';
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

describe('EditorPanel on governance', () => {
  const practices = () => screen.getByText('Minimum practices').closest('details')!;

  it('offers "Not assessed" and each regime’s values, and writes a classification as one undo step', async () => {
    const id = showCard();
    render(<EditorPanel />);
    const options = (name: string) =>
      [...screen.getByRole('combobox', { name }).querySelectorAll('option')].map((o) => o.textContent);
    expect(options('EU AI Act')).toEqual([
      'Not assessed',
      'Prohibited',
      'High-risk',
      'Limited (transparency)',
      'Minimal',
    ]);
    expect(options('US high-impact (OMB M-25-21)')).toEqual([
      'Not assessed',
      'High-impact',
      'Presumed high-impact, determined not',
      'Not high-impact',
    ]);
    // The default regimes leave the M-24-10 determination out.
    expect(screen.queryByRole('combobox', { name: /rights\/safety/ })).toBeNull();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'EU AI Act' }), 'High-risk');
    expect(card(id).euAiAct).toBe('high-risk');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'EU AI Act' }), 'Not assessed');
    expect('euAiAct' in card(id)).toBe(false);
    act(() => undo());
    expect(card(id).euAiAct).toBe('high-risk');
    expect(screen.getByRole('combobox', { name: 'EU AI Act' })).toHaveValue('high-risk');
  });

  it('folds the practices to one line until the card is high-risk, then opens them and counts what is open', async () => {
    showCard();
    render(<EditorPanel />);
    expect(practices().open).toBe(false);
    expect(practices()).toHaveTextContent(
      'Needed if the card is high-impact or high-risk: its classification is not assessed yet',
    );
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'EU AI Act' }), 'High-risk');
    expect(practices().open).toBe(true);
    expect(practices()).toHaveTextContent(`${PRACTICE_IDS.length} of ${PRACTICE_IDS.length} practices open`);
    expect(practices()).toHaveTextContent('Required by EU AI Act: High-risk.');
  });

  it('sets a practice’s status and its evidence, each one undo step', async () => {
    const id = showCard();
    render(<EditorPanel />);
    const status = screen.getByRole('combobox', { name: 'AI impact assessment' });
    expect(status).toHaveAccessibleDescription(/impact assessment been completed/);
    expect([...status.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      'Not started',
      'In progress',
      'Done',
      'Not applicable',
      'Waived',
    ]);
    await userEvent.selectOptions(status, 'Done');
    expect(card(id).practices).toEqual({ 'impact-assessment': { status: 'done' } });
    const evidence = screen.getByRole('textbox', { name: 'Evidence for AI impact assessment' });
    await userEvent.type(evidence, 'https://intranet.example/dpia-417{Enter}');
    expect(card(id).practices).toEqual({
      'impact-assessment': { status: 'done', evidence: 'https://intranet.example/dpia-417' },
    });
    act(() => undo());
    expect(card(id).practices).toEqual({ 'impact-assessment': { status: 'done' } });
    act(() => undo());
    expect(card(id).practices).toBeUndefined();
    expect(screen.getByRole('combobox', { name: 'AI impact assessment' })).toHaveValue('not-started');
  });

  it('can keep the classification and the practices from the audience screen', async () => {
    const id = showCard();
    render(<EditorPanel />);
    const hidden = within(screen.getByRole('group', { name: 'Hidden on the audience screen' }));
    await userEvent.click(hidden.getByRole('checkbox', { name: 'Classification' }));
    await userEvent.click(hidden.getByRole('checkbox', { name: 'Practices' }));
    expect(card(id).confidential).toEqual(['classification', 'practices']);
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
  render(<InitiativeCard initiative={board.initiatives[0]!} regimes={DEFAULT_REGIMES} />);
  expect(screen.getByText('Risk: Not assessed')).toBeInTheDocument();
});

describe('the card’s governance badge', () => {
  const NOW = '2026-01-01T00:00:00.000Z';
  const withCard = (fields: Parameters<typeof addInitiative>[1]) => {
    const board = addInitiative(createBoard('W', { now: NOW }), fields, { now: NOW });
    store().loadBoard(board, { handle: null, fileName: null, folder: null });
    return board.initiatives[0]!;
  };

  it('says in words what binds the card and how many practices are open, and nothing for an unassessed card', () => {
    const { unmount } = render(<InitiativeCard initiative={withCard({ title: 'Plain' })} regimes={DEFAULT_REGIMES} />);
    expect(document.querySelector('.card-governance')).toBeNull();
    unmount();
    render(
      <InitiativeCard
        initiative={withCard({ title: 'Pricing', euAiAct: 'high-risk', practices: { testing: { status: 'done' } } })}
        regimes={DEFAULT_REGIMES}
      />,
    );
    expect(document.querySelector('.card-governance')).toHaveTextContent('EU high-risk, 6 of 7 practices open');
  });

  it('on the audience window, leaves the count out when the card keeps its practices from the room', () => {
    const initiative = { ...withCard({ title: 'Pricing', euAiAct: 'high-risk' }), confidential: ['practices'] };
    const { unmount } = render(<InitiativeCard initiative={initiative} regimes={['eu-ai-act']} audience />);
    expect(document.querySelector('.card-governance')).toHaveTextContent(/^EU high-risk$/);
    unmount();
    // The facilitator's own board still counts them.
    render(<InitiativeCard initiative={initiative} regimes={['eu-ai-act']} />);
    expect(document.querySelector('.card-governance')).toHaveTextContent('7 of 7 practices open');
  });
});
