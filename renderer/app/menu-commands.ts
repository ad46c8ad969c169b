import { useEffect } from 'react';
import type { MenuCommand, MenuCommandName } from '../../contract';
import { api } from '../lib/api';
import { combineBoardFiles } from '../features/combine/combine-commands';
import { compareWithFile, compareWithStart, startWorkshop } from '../features/compare/compare-commands';
import {
  exportActionsCsv,
  exportBriefPdf,
  exportCsv,
  exportMatrixPng,
  exportMatrixSvg,
  exportPdf,
  exportPng,
  exportXlsx,
} from '../features/export/export-commands';
import {
  closeBoard,
  createNewBoard,
  openBoard,
  openExample,
  openRecent,
  revert,
  save,
  saveAs,
  saveThenClose,
} from '../features/file/file-commands';
import { startImport } from '../features/import/import-commands';
import { toggleActions } from '../features/actions/actions-commands';
import { undoOrRedo } from './undo-keys';

/** What the window does for each command main's menu (or its close prompt) sends it. */
const COMMANDS: Record<MenuCommandName, (command: MenuCommand) => unknown> = {
  new: () => createNewBoard(),
  open: () => openBoard(),
  'open-recent': (command) => command.recentId && openRecent(command.recentId),
  'open-example': () => openExample(),
  save: () => save(),
  'save-as': () => saveAs(),
  revert: () => revert(),
  close: () => closeBoard(),
  undo: () => undoOrRedo('undo'),
  redo: () => undoOrRedo('redo'),
  'save-then-close': () => saveThenClose(),
  import: () => startImport(),
  'export-xlsx': () => exportXlsx(),
  'export-csv': () => exportCsv(),
  'export-actions-csv': () => exportActionsCsv(),
  'export-pdf': () => exportPdf(),
  'export-brief': () => exportBriefPdf(),
  'export-png': () => exportPng(),
  'export-matrix-png': () => exportMatrixPng(),
  'export-matrix-svg': () => exportMatrixSvg(),
  'toggle-actions': () => toggleActions(),
  'start-workshop': () => startWorkshop(),
  compare: () => compareWithFile(),
  'compare-start': () => compareWithStart(),
  combine: () => combineBoardFiles(),
};

/** Routes the menu commands main sends to the feature that carries each one out. */
export function useMenuCommands(): void {
  useEffect(() => api().on.menuCommand((command) => void COMMANDS[command.command]?.(command)), []);
}
