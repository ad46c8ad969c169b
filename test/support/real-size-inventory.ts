/**
 * An inventory at the size and mess of a real one, for the import dialog's tests: hundreds of rows, dozens of
 * stage wordings (some no rule knows), a few hundred blank stages, 80 offices under departments and agencies, a
 * contact name and e-mail instead of an owner, and titles of 200 characters without a break. Seeded.
 */
import type { TableRow } from '../../domain';
import { seededRandom } from './generated-inventory';

export const REAL_SIZE_HEADERS = [
  'Use Case ID',
  'Use Case Name',
  'Agency',
  'Department',
  'Office',
  'Stage of Development',
  'Contact Name',
  'Email Address',
  'Summary',
];

/** Stage wordings as agencies write them: each one a rule knows, then the ones none does. */
export const KNOWN_STAGE_WORDINGS = [
  'Initiated',
  'Planned',
  'Ideation',
  'Proposed',
  'Backlog',
  'Pre-deployment',
  'Development and Acquisition',
  'Acquisition and/or Development',
  'Pilot',
  'Piloting',
  'Proof of concept',
  'Prototype',
  'Implementation and Assessment',
  'Rollout',
  'Scaling',
  'Operation and Maintenance',
  'Deployed',
  'Deployment',
  'In production',
  'In use',
  'Completed',
  'Retired',
  'Cancelled',
  'Not yet deployed',
];
export const UNKNOWN_STAGE_WORDINGS = [
  'Research or Administrative Action Complete',
  'On hold pending funding',
  'Awaiting ATO',
  'TBD',
  'Under review by CAIO',
];
export const STAGE_WORDINGS = [...KNOWN_STAGE_WORDINGS, ...UNKNOWN_STAGE_WORDINGS];

export const OFFICES = Array.from({ length: 80 }, (_, i) => `Office of Program ${String(i + 1).padStart(2, '0')}`);

/** A 200-character title with no space in it, as a pasted URL or an identifier run together is. */
export function unbrokenTitle(row: number): string {
  const stem = `Automated-claims-triage-and-routing-for-benefits-adjudication-row-${row}-`;
  return stem.repeat(Math.ceil(200 / stem.length)).slice(0, 200);
}

/**
 * The header row and `count` data rows: every stage wording appears, `blankStages` rows have no stage, every
 * office appears, and every seventh title (the third row's first) is 200 characters without a break.
 */
export function realSizeInventoryRows(count = 700, blankStages = 321, seed = 12): TableRow[] {
  const random = seededRandom(seed);
  const rows: TableRow[] = [REAL_SIZE_HEADERS];
  for (let i = 1; i <= count; i += 1) {
    const office = OFFICES[(i - 1) % OFFICES.length]!;
    const stage = i <= blankStages ? '' : STAGE_WORDINGS[(i - blankStages - 1) % STAGE_WORDINGS.length]!;
    const person = `${['Ana', 'Ben', 'Chen', 'Dana', 'Eli'][Math.floor(random() * 5)]} ${['Rivera', 'Okafor', 'Novak'][Math.floor(random() * 3)]}`;
    rows.push([
      `UC-${i}`,
      i % 7 === 3 ? unbrokenTitle(i) : `Use case ${i}: ${['Claims', 'Mail', 'Grants', 'Permits'][i % 4]} assistant`,
      `Agency ${1 + (i % 4)}`,
      `Department ${1 + (i % 9)}`,
      office,
      stage,
      person,
      `${person.toLowerCase().replace(' ', '.')}@example.gov`,
      `Staff spend hours on this each week. ${'Volumes grow every year. '.repeat(1 + (i % 3))}`,
    ]);
  }
  return rows;
}

/** The rows as CSV text, quoted where they need it. */
export function rowsToCsv(rows: TableRow[]): string {
  const quote = (cell: TableRow[number]) => {
    const text = cell === null ? '' : String(cell);
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `${rows.map((row) => row.map(quote).join(',')).join('\n')}\n`;
}
