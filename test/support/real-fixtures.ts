/**
 * The folder of real public spreadsheets (DESIGN.md §9) and what its SOURCES.md says about each file: read from
 * there, never copied into the repository. A fresh clone without the folder skips the suites that need it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const REAL_FIXTURES =
  process.env.SCALEBOARD_REAL_FIXTURES ?? path.resolve(__dirname, '../../../shared/fixtures/real');
export const hasRealFixtures = existsSync(path.join(REAL_FIXTURES, 'SOURCES.md'));

export interface SourceFacts {
  file: string;
  /** "N data rows" as SOURCES.md states it, when it does. */
  dataRows?: number;
  /** The stage values and counts SOURCES.md lists, e.g. [["Pre-deployment", 1479], ["blank", 338]]. */
  stageCounts: [string, number][];
}

const number = (text: string) => Number(text.replace(/,/g, ''));

/** Stage values and counts from SOURCES.md's stage line, in whichever of its three wordings it is written. */
function stageCountsFrom(line: string, dataRows: number | undefined): [string, number][] {
  const plain = line.replace(/\*\*|`/g, '').replace(/\(note[^)]*\)/g, '');
  const forAll = /^\s*-\s*Stage:\s*(.+?) for all (\d+) rows/.exec(plain);
  if (forAll) return [[forAll[1]!.trim(), number(forAll[2]!)]];
  const body = plain.replace(/^\s*-\s*Stage[^:(]*[:(]/, '');
  const labelFirst = [...body.matchAll(/([A-Za-z][A-Za-z/() -]*?[A-Za-z)])\s+(\d[\d,]*)/g)].map(
    (m) => [m[1]!.replace(/^Stray values:\s*/, '').trim(), number(m[2]!)] as [string, number],
  );
  const countFirst = [...body.matchAll(/(\d[\d,]*)\s+([A-Z][A-Za-z/-]+)/g)].map(
    (m) => [m[2]!, number(m[1]!)] as [string, number],
  );
  const sum = (list: [string, number][]) => list.reduce((n, [, c]) => n + c, 0);
  // The reading whose counts add up to the file's data rows is the right one.
  if (dataRows !== undefined && sum(countFirst) === dataRows) return countFirst;
  // Later sentences of the bullet may hold other numbers: the stage counts are the pairs that add up to the rows.
  if (dataRows === undefined) return labelFirst;
  const taken: [string, number][] = [];
  for (const pair of labelFirst) {
    if (sum(taken) + pair[1] > dataRows) break;
    taken.push(pair);
  }
  return taken;
}

export function readSources(): SourceFacts[] {
  const text = readFileSync(path.join(REAL_FIXTURES, 'SOURCES.md'), 'utf8');
  const sections = text.split(/^### \d+\. /m).slice(1);
  return sections.map((section) => {
    const file = /^`([^`]+)`/.exec(section)![1]!;
    const rows = /(\d[\d,]*)\s+data rows?\b/.exec(section.replace(/\*\*/g, ''));
    const dataRows = rows ? number(rows[1]!) : undefined;
    // A bullet may wrap onto indented lines: join them to the bullet.
    const lines = section.split('\n');
    const start = lines.findIndex((line) => /^\s*-\s*Stage\b/.test(line));
    let stageLine: string | undefined;
    if (start >= 0) {
      const indent = /^\s*/.exec(lines[start]!)![0].length;
      stageLine = lines[start]!;
      for (
        let i = start + 1;
        i < lines.length && /^\s*[^\s-]/.test(lines[i]!) && /^\s*/.exec(lines[i]!)![0].length > indent;
        i += 1
      ) {
        stageLine += ` ${lines[i]!.trim()}`;
      }
    }
    return { file, dataRows, stageCounts: stageLine ? stageCountsFrom(stageLine, dataRows) : [] };
  });
}

/** The path of one real fixture, or null when the folder is not beside the repository. */
export function realFixturePath(name: string): string | null {
  const file = path.join(REAL_FIXTURES, name);
  return existsSync(file) ? file : null;
}
