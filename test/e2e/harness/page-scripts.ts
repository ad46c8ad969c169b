/**
 * The scripts the stand-in runs in each page before the page's own: the guard that reports what goes wrong and
 * puts permission requests to the app, and the real preload bundle with the two Electron APIs a sandboxed preload
 * may use.
 */

/** The permissions the stand-in puts to the app's handlers; see the opening comment, point 4. */
export const PERMISSIONS = ['notifications', 'geolocation', 'media', 'clipboard-read'] as const;

/**
 * Runs in the page before its own scripts: reports CSP violations and unhandled rejections, and puts the page's
 * permission APIs to the app's session handlers (the check handler's answers, taken when the window loads, and
 * the request handler, asked each time).
 */
export function pageGuardScript(checks: Record<string, boolean>): string {
  return `(() => {
  const report = (what) => window.__harnessReport(what);
  addEventListener('securitypolicyviolation', (e) =>
    report('CSP violation in ' + location.href + ': ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline')));
  addEventListener('unhandledrejection', (e) =>
    report('unhandled rejection in ' + location.href + ': ' + ((e.reason && e.reason.stack) || e.reason)));
  const checks = ${JSON.stringify(checks)};
  const ask = (permission) => window.__harnessPermission(permission);
  if (window.Notification) {
    Object.defineProperty(Notification, 'permission', { get: () => (checks.notifications ? 'granted' : 'denied') });
    Notification.requestPermission = (callback) =>
      ask('notifications').then((granted) => {
        const answer = granted ? 'granted' : 'denied';
        if (callback) callback(answer);
        return answer;
      });
  }
  if (navigator.geolocation) {
    const denied = { code: 1, message: 'User denied Geolocation', PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 };
    const { getCurrentPosition, watchPosition } = navigator.geolocation;
    navigator.geolocation.getCurrentPosition = function (success, error, options) {
      ask('geolocation').then((granted) =>
        granted ? getCurrentPosition.call(navigator.geolocation, success, error, options) : error && error(denied));
    };
    navigator.geolocation.watchPosition = function (success, error, options) {
      ask('geolocation').then((granted) =>
        granted ? watchPosition.call(navigator.geolocation, success, error, options) : error && error(denied));
      return 0;
    };
  }
  if (navigator.permissions) {
    const names = { notifications: 'notifications', geolocation: 'geolocation', camera: 'media', microphone: 'media', 'clipboard-read': 'clipboard-read' };
    navigator.permissions.query = async (descriptor) => {
      const permission = names[descriptor && descriptor.name];
      if (!permission) throw new TypeError('The stand-in does not know the permission ' + (descriptor && descriptor.name));
      return { name: descriptor.name, state: checks[permission] ? 'granted' : 'denied', onchange: null };
    };
  }
  if (navigator.mediaDevices) {
    const { getUserMedia } = navigator.mediaDevices;
    navigator.mediaDevices.getUserMedia = (constraints) =>
      ask('media').then((granted) =>
        granted ? getUserMedia.call(navigator.mediaDevices, constraints)
                : Promise.reject(new DOMException('Permission denied', 'NotAllowedError')));
  }
})();`;
}

/** Runs the real preload bundle in the page, with the two Electron APIs a sandboxed preload may use. */
export function preloadShimScript(preloadSource: string): string {
  return `(() => {
  const listeners = new Map();
  window.__harnessEmit = (channel, args) => {
    for (const listener of listeners.get(channel) ?? []) listener({}, ...args);
  };
  const ipcRenderer = {
    invoke: (channel, ...args) => window.__harnessInvoke(channel, args),
    on: (channel, listener) => { listeners.set(channel, [...(listeners.get(channel) ?? []), listener]); },
    removeListener: (channel, listener) => { listeners.set(channel, (listeners.get(channel) ?? []).filter((l) => l !== listener)); },
  };
  const contextBridge = {
    exposeInMainWorld: (key, value) => Object.defineProperty(window, key, { value: Object.freeze(value), enumerable: true }),
  };
  const module = { exports: {} };
  const require = (name) => {
    if (name === 'electron') return { ipcRenderer, contextBridge };
    throw new Error('A sandboxed preload cannot require ' + name);
  };
  (function (require, module, exports) {\n${preloadSource}\n})(require, module, module.exports);
})();`;
}
