/**
 * Which page a window may show: the app's own scheme in the packaged app, whatever the environment says; the dev
 * server's page only while developing.
 */
import { app } from 'electron';
import { APP_ENTRY_URL } from '../../../electron/main/windows/app-scheme';
import { isAppUrl, rendererEntryUrl } from '../../../electron/main/windows/secure-window';

const mutableApp = app as unknown as { isPackaged: boolean };

afterEach(() => {
  delete process.env.ELECTRON_RENDERER_URL;
});

describe('the packaged app', () => {
  beforeEach(() => {
    mutableApp.isPackaged = true;
    process.env.ELECTRON_RENDERER_URL = 'https://attacker.example/';
  });

  it('loads its own scheme and ignores ELECTRON_RENDERER_URL', () => {
    expect(rendererEntryUrl()).toBe(APP_ENTRY_URL);
    expect(isAppUrl('https://attacker.example/')).toBe(false);
  });

  it.each([
    ['scaleboard://app/index.html', true],
    ['scaleboard://app/index.html#audience', true],
    ['scaleboard://app/index.html?x=1', false],
    ['scaleboard://app/other.html', false],
    ['scaleboard://app/', false],
    ['scaleboard://evil/index.html', false],
    ['file:///opt/Scaleboard/resources/app.asar/out/renderer/index.html', false],
    ['https://app/index.html', false],
    ['not a url', false],
    ['', false],
  ])('isAppUrl(%s) is %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected);
  });
});

describe('while developing', () => {
  beforeEach(() => {
    mutableApp.isPackaged = false;
  });

  it('loads the dev server, and takes its page (with or without a hash) for the app', () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173';
    expect(rendererEntryUrl()).toBe('http://localhost:5173/');
    expect(isAppUrl('http://localhost:5173/')).toBe(true);
    expect(isAppUrl('http://localhost:5173/#audience')).toBe(true);
    expect(isAppUrl('http://localhost:5174/')).toBe(false);
    expect(isAppUrl(APP_ENTRY_URL)).toBe(false);
  });

  it('loads the built app when no dev server runs', () => {
    expect(rendererEntryUrl()).toBe(APP_ENTRY_URL);
  });
});
