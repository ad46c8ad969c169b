/**
 * The renderer's only way to the Node side (DESIGN.md §2): the typed `window.scaleboard` bridge the preload
 * exposes. Nothing else in renderer/ touches the bridge or Electron.
 */
import type { ScaleboardApi } from '../../contract';

declare global {
  interface Window {
    scaleboard?: ScaleboardApi;
  }
}

export function api(): ScaleboardApi {
  if (!window.scaleboard)
    throw new Error('Scaleboard’s bridge to the desktop is missing: start the app with npm start.');
  return window.scaleboard;
}
