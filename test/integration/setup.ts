import { vi } from 'vitest';

// Main-process services run on real folders here; only the Electron binary is absent.
vi.mock('electron', () => ({
  app: { getPath: () => '/nonexistent', getName: () => 'Scaleboard', getVersion: () => '0.0.0-test' },
  dialog: {},
  clipboard: {},
  BrowserWindow: class {},
  screen: { getAllDisplays: () => [] },
}));
