// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { addInitiative, createBoard, NO_FILTERS } from '../../../../domain';
import { FilterBar } from '../../../../renderer/features/workshop/filter-bar';
import { useBoardStore } from '../../../../renderer/store/board-store';

const NOW = '2026-01-01T00:00:00.000Z';
const store = () => useBoardStore.getState();

function showBoard() {
  let board = createBoard('W', { now: NOW });
  board = addInitiative(board, { title: 'Claims triage', riskTier: 'high', businessUnit: 'Claims' }, { now: NOW });
  board = addInitiative(board, { title: 'Mail room', tags: ['ops'] }, { now: NOW });
  store().loadBoard(board, { handle: null, fileName: null, folder: null });
  store().setFilters(NO_FILTERS);
}

const choices = (group: string) =>
  within(screen.getByRole('group', { name: group }))
    .getAllByRole('checkbox')
    .map((box) => box.parentElement!.textContent!.trim());

describe('FilterBar', () => {
  it('names sources and risk tiers by their labels, most severe risk first', async () => {
    showBoard();
    render(<FilterBar />);
    await userEvent.click(screen.getByRole('button', { name: 'Filters' }));
    expect(choices('Risk tier')).toEqual(['High', 'Medium', 'Low', 'Not assessed']);
    expect(choices('Source')).toEqual(['Frontline idea', 'Central team', 'Vendor', 'Partner', 'Other']);
    expect(choices('Business unit')).toEqual(['Claims']);
    expect(choices('Tags')).toEqual(['ops']);
  });

  it('filters by the tier behind a label', async () => {
    showBoard();
    render(<FilterBar />);
    await userEvent.click(screen.getByRole('button', { name: 'Filters' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Not assessed' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Frontline idea' }));
    expect(store().filters).toMatchObject({ riskTiers: ['unassessed'], sources: ['frontline'] });
  });
});
