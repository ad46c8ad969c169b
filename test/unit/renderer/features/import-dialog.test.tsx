// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { BuiltImport } from '../../../../domain';
import type { ChannelRequest, ImportInspection, ImportPreview, ScaleboardApi } from '../../../../contract';
import { BOARD_LIMITS } from '../../../../domain';
import { ImportDialog } from '../../../../renderer/features/import/import-dialog';
import { useBoardStore } from '../../../../renderer/store/board-store';

const store = () => useBoardStore.getState();

const session: ImportInspection = {
  token: 't1',
  fileName: 'tags.csv',
  sheets: [{ name: 'tags', hidden: false, rows: 2, columns: 2 }],
  sheet: 'tags',
  headerRow: 0,
  headers: ['Title', 'Tags'],
  signature: '2:00000000',
  mapping: { title: 0, tags: 1 },
  stageValues: [],
  dataRows: 1,
  samples: [['Claims triage'], ['a; b']],
};
const preview: ImportPreview = {
  rows: 1,
  stageValues: [],
  stages: { idea: 1, pilot: 0, scaling: 0, production: 0, stopped: 0 },
  blankStage: 1,
  problems: [],
  cards: [{ row: 2, title: 'Claims triage', stage: 'idea' }],
  error: null,
};
// Main builds imports within the board's limits; a card with a tag too many stands for any mistake there.
const built: BuiltImport = {
  cards: [
    {
      row: 2,
      title: 'Claims triage',
      stage: 'idea',
      fields: { tags: Array.from({ length: BOARD_LIMITS.tagsPerInitiative + 1 }, (_, i) => `tag ${i + 1}`) },
      custom: {},
    },
  ],
  problems: [],
  rows: 1,
  headerRow: 1,
  customFields: [],
  stages: preview.stages,
  blankStage: 1,
  regimes: [],
};

/** The choices of every preview the dialog asked for, in order. */
let previewed: ChannelRequest<'spreadsheet:preview'>[1][] = [];

beforeEach(() => {
  previewed = [];
  // Only what the dialog calls; every call answers as main would.
  (window as { scaleboard?: ScaleboardApi }).scaleboard = {
    spreadsheet: {
      preview: async (_token: string, choices: ChannelRequest<'spreadsheet:preview'>[1]) => {
        previewed.push(choices);
        return { ok: true, value: preview };
      },
      build: async () => ({ ok: true, value: built }),
      close: async () => ({ ok: true, value: null }),
    },
    on: { importProgress: () => () => undefined },
  } as unknown as ScaleboardApi;
  store().closeBoard();
  store().dismissNotice();
});

describe('ImportDialog', () => {
  it('starts from the suggested stages, and gives each column the one use chosen for it', async () => {
    const stageValues = [
      { value: 'Pilot', key: 'pilot', count: 1, suggested: 'pilot' as const },
      { value: 'Research complete', key: 'research complete', count: 1, suggested: null },
    ];
    render(<ImportDialog session={{ ...session, stageValues }} />);
    await waitFor(() => expect(previewed).toHaveLength(1), { timeout: 5000 });
    // A value no rule knows is left to the blank stage.
    const columnsAndStages = ({ mapping, ignoredColumns, stageMap }: (typeof previewed)[number]) => ({
      mapping,
      ignoredColumns,
      stageMap,
    });
    expect(columnsAndStages(previewed[0]!)).toEqual({
      mapping: { title: 0, tags: 1 },
      ignoredColumns: [],
      stageMap: { pilot: 'pilot' },
    });

    await userEvent.selectOptions(screen.getByLabelText('Field for column B, Tags'), 'Leave out');
    await waitFor(() => expect(previewed).toHaveLength(2), { timeout: 5000 });
    expect(columnsAndStages(previewed[1]!)).toEqual({
      mapping: { title: 0 },
      ignoredColumns: [1],
      stageMap: { pilot: 'pilot' },
    });

    await userEvent.selectOptions(screen.getByLabelText('Field for column B, Tags'), 'Title');
    await waitFor(() => expect(previewed).toHaveLength(3), { timeout: 5000 });
    // Column B becomes the title, and column A, which was the title, a custom field.
    expect(columnsAndStages(previewed[2]!)).toEqual({
      mapping: { title: 1 },
      ignoredColumns: [],
      stageMap: { pilot: 'pilot' },
    });
  });

  it('refuses an import whose board would not validate: a notice, no board, and the dialog still open', async () => {
    render(<ImportDialog session={session} />);
    const button = await screen.findByRole('button', { name: 'Import 1 row' });
    await waitFor(() => expect(button).toBeEnabled());
    await userEvent.click(button);
    await waitFor(() => expect(store().notice?.kind).toBe('error'));
    expect(store().notice!.text).toMatch(/^The import was not applied, so the board is unchanged: .*tags/);
    // No board was open, and none is left behind half-made.
    expect(store().board).toBeNull();
    expect(screen.getByRole('dialog', { name: 'Import tags.csv' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: 'Import complete' })).toBeNull();
    expect(button).toBeEnabled();
  });
});
