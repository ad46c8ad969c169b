#!/usr/bin/env node
// The scaleboard command-line tool. `npm install` builds it (the prepare script); this only starts it.
const { existsSync } = require('node:fs');
const path = require('node:path');

const entry = path.join(__dirname, '..', 'out', 'main', 'cli.js');
if (!existsSync(entry)) {
  process.stderr.write('scaleboard: the tool is not built yet; run `npm run build` in the Scaleboard folder.\n');
  process.exit(1);
}
require(entry);
