import { utilityProcess } from 'electron';
import type { StartHost } from './worker-host';

/** The spreadsheet process in the app: an Electron utility process, which needs no Node fuse to start. */
export const utilityHost: StartHost = (entry, heapMb) => {
  const child = utilityProcess.fork(entry, [], {
    serviceName: 'Scaleboard spreadsheets',
    execArgv: [`--max-old-space-size=${heapMb}`],
    stdio: 'inherit',
  });
  return {
    post: (message) => child.postMessage(message),
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) => child.once('exit', (code) => listener(`it ended with code ${code}`)),
    stop: () => void child.kill(),
  };
};
