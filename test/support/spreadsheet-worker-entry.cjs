// The spreadsheet process run from its TypeScript source, for tests that need the process without a build: the
// same worker the app builds into out/main/spreadsheet-worker.js, started by the same forkHost with the same heap
// cap. After each answer it also says how much memory the process has taken at most, for the bomb tests.
const { readFileSync } = require('node:fs');

require('tsx/cjs/api').register();

/**
 * The most memory this process has held. Linux's VmHWM counts from this program's start; getrusage's maxRSS,
 * the fallback elsewhere, also counts the parent it was forked from, which only makes the figure larger.
 */
function peakRssBytes() {
  try {
    const kb = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (kb) return Number(kb[1]) * 1024;
  } catch {
    // Not Linux.
  }
  return process.resourceUsage().maxRSS * 1024;
}

const send = process.send.bind(process);
process.send = (message, ...rest) => {
  const sent = send(message, ...rest);
  if (message !== null && typeof message === 'object' && 'result' in message) {
    send({ usage: { peakRssBytes: peakRssBytes() } });
  }
  return sent;
};
require('../../electron/main/spreadsheets/spreadsheet-worker.ts');
