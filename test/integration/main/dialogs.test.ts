/** Main's dialogs belong to the window they were asked for from, and to the app only when there is none. */
import type { BrowserWindow } from 'electron';
import { dialog } from 'electron';
import { showMessageBox, showOpenDialog, showSaveDialog } from '../../../electron/main/windows/dialogs';

const win = { id: 7 } as unknown as BrowserWindow;
const replaced = dialog as unknown as Record<string, unknown>;
type Show = (win: BrowserWindow | undefined, options: object) => Promise<unknown>;

afterEach(() => {
  for (const name of ['showMessageBox', 'showOpenDialog', 'showSaveDialog']) delete replaced[name];
});

describe.each([
  ['showMessageBox', showMessageBox as Show, { message: 'Save the changes?' }, { response: 0, checkboxChecked: false }],
  [
    'showOpenDialog',
    showOpenDialog as Show,
    { title: 'Open board' },
    { canceled: false, filePaths: ['/b/q4.scaleboard'] },
  ],
  ['showSaveDialog', showSaveDialog as Show, { title: 'Save board as' }, { canceled: true, filePath: '' }],
] as const)('%s', (name, show, options, answer) => {
  it('is modal to the window it is asked for from', async () => {
    const electronShow = vi.fn(async () => answer);
    replaced[name] = electronShow;
    await expect(show(win, options)).resolves.toBe(answer);
    expect(electronShow).toHaveBeenCalledWith(win, options);
  });

  it('without a window, is asked for the app, with no window argument at all', async () => {
    const electronShow = vi.fn(async () => answer);
    replaced[name] = electronShow;
    await show(undefined, options);
    expect(electronShow).toHaveBeenCalledWith(options);
    expect(electronShow.mock.calls[0]).toHaveLength(1);
  });
});
