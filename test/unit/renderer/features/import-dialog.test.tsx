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
/** What main builds for this test. */
let builtReply: BuiltImport = built;

beforeEach(() => {
  previewed = [];
  builtReply = built;
  // Only what the dialog calls; every call answers as main would.
  (window as { scaleboard?: ScaleboardApi }).scaleboard = {
    spreadsheet: {
      preview: async (_token: string, choices: ChannelRequest<'spreadsheet:preview'>[1]) => {
        previewed.push(choices);
        return { ok: true, value: preview };
      },
      build: async () => ({ ok: true, value: builtReply }),
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

  it('says before and after the import that a classification column sets the regimes of a board with none chosen', async () => {
    const headers = ['Title', 'Is the AI use case rights-impacting, safety-impacting, both, or neither?'];
    render(
      <ImportDialog session={{ ...session, headers, mapping: { title: 0 }, samples: [['Claims triage'], ['Both']] }} />,
    );
    await waitFor(() => expect(previewed).toHaveLength(1), { timeout: 5000 });
    const note = /so it will classify under .* alone, as the file does/;
    expect(screen.queryByText(note)).toBeNull();

    await userEvent.selectOptions(
      screen.getByLabelText(`Field for column B, ${headers[1]}`),
      'US rights/safety-impacting (OMB M-24-10)',
    );
    await waitFor(() => expect(previewed).toHaveLength(2), { timeout: 5000 });
    expect(previewed[1]!.mapping).toEqual({ title: 0, usRightsSafety: 1 });
    expect(screen.getByText(note)).toHaveTextContent(
      'No card on the board is classified yet, so it will classify under US rights/safety-impacting (OMB M-24-10) alone',
    );

    builtReply = {
      ...built,
      cards: [{ row: 2, title: 'Claims triage', stage: 'idea', fields: { usRightsSafety: 'both' }, custom: {} }],
      regimes: ['us-rights-safety'],
    };
    await userEvent.click(screen.getByRole('button', { name: 'Import 1 row' }));
    const report = await screen.findByRole('dialog', { name: 'Import complete' });
    // No card was classified before: the board takes the file's regime alone, and the report says what it left out.
    expect(report).toHaveTextContent(
      'No card on the board was classified, so it now classifies under US rights/safety-impacting (OMB M-24-10) alone, as the file does, leaving out EU AI Act and US high-impact (OMB M-25-21)',
    );
    expect(store().board!.workshop.regimes).toEqual(['us-rights-safety']);
    expect(store().board!.initiatives[0]!.usRightsSafety).toBe('both');
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
