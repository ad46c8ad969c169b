/**
 * Where the stand-in's pages live, and the translation between that and the app's own scheme (fake-electron.ts,
 * point 1 of its differences).
 */
import { APP_ORIGIN } from '../../../electron/main/windows/app-scheme';

/** Where the stand-in's pages live: a name that never resolves, so nothing could leave even if a route missed. */
export const PAGE_ORIGIN = 'https://scaleboard.invalid';

/** The page's URL as main sees it (Electron's `scaleboard://app/…`). */
export function toAppUrl(pageUrl: string): string {
  return pageUrl.startsWith(`${PAGE_ORIGIN}/`) ? APP_ORIGIN + pageUrl.slice(PAGE_ORIGIN.length) : pageUrl;
}

/** What the page in Chromium loads for an app URL. */
export function toPageUrl(appUrl: string): string {
  return appUrl.startsWith(`${APP_ORIGIN}/`) ? PAGE_ORIGIN + appUrl.slice(APP_ORIGIN.length) : appUrl;
}
