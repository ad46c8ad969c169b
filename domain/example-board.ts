import type {
  BoardDocument,
  Decision,
  EuAiActCategory,
  Initiative,
  InitiativeSource,
  Practice,
  PracticeId,
  RiskTier,
} from './board-schema';
import { createBoard } from './board';
import type { FoundationId, ReadinessLevel } from './foundations';
import { FOUNDATION_IDS } from './foundations';
import { newId } from './ids';
import { spreadRanks } from './rank';
import type { StageId } from './stages';
import { STAGE_IDS } from './stages';

interface ExampleCard {
  title: string;
  stage: StageId;
  /** Days since the card entered its current stage. */
  days: number;
  businessUnit: string;
  owner?: string;
  sponsor?: string;
  source: InitiativeSource;
  approach: string;
  problem: string;
  outcome?: string;
  kpi?: string;
  /** Data, integration, governance, process, people, performance. */
  readiness: [ReadinessLevel, ReadinessLevel, ReadinessLevel, ReadinessLevel, ReadinessLevel, ReadinessLevel];
  riskTier: RiskTier;
  value?: number;
  cost?: number;
  tags?: string[];
  stopReason?: string;
  /** The category under the EU AI Act, the one regime this European board uses; absent while not assessed. */
  euAiAct?: EuAiActCategory;
  practices?: Partial<Record<PracticeId, Practice>>;
}

/** A fictional mid-size insurer's portfolio: many pilots, few in production, the pattern the app exists to show. */
const CARDS: ExampleCard[] = [
  {
    title: 'Broker email triage',
    stage: 'idea',
    days: 21,
    businessUnit: 'Distribution',
    owner: 'Priya Nair',
    source: 'frontline',
    approach: 'Generative AI',
    problem: 'Brokers send 4,000 emails a week to a shared inbox; urgent quote requests wait up to two days.',
    outcome: 'Urgent broker requests answered the same day.',
    readiness: [1, 0, 0, 0, 1, 0],
    riskTier: 'unassessed',
    value: 350_000,
    tags: ['broker experience'],
  },
  {
    title: 'Subrogation opportunity finder',
    stage: 'idea',
    days: 45,
    businessUnit: 'Claims',
    owner: 'Tomasz Wójcik',
    source: 'frontline',
    approach: 'Classical ML',
    problem: 'Recovery opportunities are missed because handlers cannot read every closed motor file.',
    outcome: 'More recoveries from third parties on closed motor claims.',
    readiness: [2, 0, 0, 0, 1, 0],
    riskTier: 'low',
    value: 900_000,
  },
  {
    title: 'Policy wording comparison assistant',
    stage: 'idea',
    days: 12,
    businessUnit: 'Commercial Underwriting',
    source: 'central',
    approach: 'Generative AI',
    problem: 'Underwriters compare broker wordings with ours clause by clause, by hand.',
    readiness: [1, 0, 0, 0, 0, 0],
    riskTier: 'unassessed',
  },
  {
    title: 'Catastrophe exposure nowcasting',
    stage: 'idea',
    days: 70,
    businessUnit: 'Reinsurance & Risk',
    owner: 'Hannah Okafor',
    source: 'partner',
    approach: 'Geospatial ML',
    problem: 'During a flood we cannot say within hours which insured properties are exposed.',
    outcome: 'An exposure estimate within four hours of a flood warning.',
    readiness: [1, 1, 0, 0, 1, 0],
    riskTier: 'medium',
    value: 400_000,
  },
  {
    title: 'HR policy answers for staff',
    stage: 'idea',
    days: 5,
    businessUnit: 'People',
    source: 'frontline',
    approach: 'Generative AI',
    problem: 'HR answers the same policy questions hundreds of times a month.',
    readiness: [2, 0, 0, 0, 0, 0],
    riskTier: 'unassessed',
    euAiAct: 'limited',
  },
  {
    title: 'First-notice-of-loss call summaries',
    stage: 'pilot',
    days: 260,
    businessUnit: 'Claims',
    owner: 'Marcus Lee',
    sponsor: 'Claims Director',
    source: 'central',
    approach: 'Generative AI',
    problem: 'Handlers spend six minutes after each FNOL call writing notes, and notes vary in quality.',
    outcome: 'Consistent claim notes written in seconds, reviewed by the handler.',
    kpi: 'After-call work per FNOL call: 6.1 min baseline, 2.0 min target',
    readiness: [3, 1, 2, 1, 2, 2],
    riskTier: 'medium',
    euAiAct: 'minimal',
    value: 1_200_000,
    cost: 300_000,
    tags: ['contact centre'],
  },
  {
    title: 'Motor damage photo estimation',
    stage: 'pilot',
    days: 320,
    businessUnit: 'Claims',
    owner: 'Elena Rossi',
    sponsor: 'Claims Director',
    source: 'vendor',
    approach: 'Computer vision',
    problem: 'Simple motor damage waits four days for an assessor visit.',
    outcome: 'Repair estimate from customer photos within an hour for simple damage.',
    kpi: 'Cycle time for simple motor claims: 9 days baseline, 3 days target',
    readiness: [2, 1, 2, 1, 1, 2],
    riskTier: 'medium',
    euAiAct: 'minimal',
    value: 2_100_000,
    cost: 650_000,
    tags: ['motor'],
  },
  {
    title: 'Commercial submission extraction',
    stage: 'pilot',
    days: 150,
    businessUnit: 'Commercial Underwriting',
    owner: 'James Whitfield',
    source: 'central',
    approach: 'Document AI',
    problem: 'Underwriting assistants re-key schedules of values from broker submissions.',
    outcome: 'Submission data in the rating tool without re-keying.',
    kpi: 'Submissions processed per assistant per day: 11 baseline, 25 target',
    readiness: [2, 2, 3, 2, 2, 2],
    riskTier: 'low',
    euAiAct: 'minimal',
    value: 800_000,
    cost: 220_000,
  },
  {
    title: 'Fraud ring network analytics',
    stage: 'pilot',
    days: 410,
    businessUnit: 'Claims – Special Investigations',
    owner: 'Aisha Rahman',
    source: 'central',
    approach: 'Graph analytics',
    problem: 'Organised fraud rings are spotted only after several linked claims are paid.',
    outcome: 'Linked suspicious claims flagged before payment.',
    readiness: [2, 1, 1, 0, 1, 1],
    riskTier: 'high',
    euAiAct: 'minimal',
    value: 3_000_000,
    cost: 500_000,
    tags: ['fraud'],
  },
  {
    title: 'Home insurance churn prediction',
    stage: 'pilot',
    days: 220,
    businessUnit: 'Personal Lines',
    owner: 'Sophie Martin',
    source: 'central',
    approach: 'Classical ML',
    problem: 'Renewal offers are the same for customers about to leave and customers who will stay.',
    outcome: 'Retention team calls the customers most likely to leave.',
    kpi: 'Home renewal retention: 81% baseline, 84% target',
    readiness: [3, 1, 2, 0, 1, 1],
    riskTier: 'medium',
    euAiAct: 'minimal',
    value: 1_500_000,
    cost: 180_000,
  },
  {
    title: 'Contact-centre agent assist',
    stage: 'pilot',
    days: 95,
    businessUnit: 'Customer Service',
    owner: 'Daniel Kim',
    source: 'vendor',
    approach: 'Generative AI',
    problem: 'New agents take months to learn 300 policy variants and put customers on hold to ask.',
    outcome: 'Agents get the right answer on screen during the call.',
    kpi: 'Average handle time: 7.4 min baseline, 6.5 min target',
    readiness: [2, 2, 2, 1, 2, 1],
    riskTier: 'medium',
    euAiAct: 'minimal',
    value: 900_000,
    cost: 400_000,
    tags: ['contact centre'],
  },
  {
    title: 'Complaints classification',
    stage: 'pilot',
    days: 200,
    businessUnit: 'Compliance',
    owner: 'Grace Mensah',
    source: 'frontline',
    approach: 'Classical ML',
    problem: 'Complaints are tagged by hand and regulatory complaints are sometimes logged late.',
    outcome: 'Every complaint tagged on arrival; regulatory deadlines never missed.',
    kpi: 'Regulatory complaints logged within 24 hours: 88% baseline, 100% target',
    readiness: [2, 1, 3, 1, 2, 2],
    riskTier: 'high',
    euAiAct: 'minimal',
  },
  {
    title: 'Claims supplier invoice matching',
    stage: 'pilot',
    days: 60,
    businessUnit: 'Finance',
    owner: 'Oliver Schmidt',
    source: 'frontline',
    approach: 'Classical ML',
    problem: 'Repairer invoices are matched to claims by hand; duplicates slip through.',
    outcome: 'Invoices matched automatically, duplicates caught before payment.',
    kpi: 'Duplicate payments per quarter',
    readiness: [3, 2, 2, 2, 2, 1],
    riskTier: 'low',
    euAiAct: 'minimal',
    value: 250_000,
    cost: 60_000,
  },
  {
    title: 'Home claims triage',
    stage: 'scaling',
    days: 120,
    businessUnit: 'Claims',
    owner: 'Marcus Lee',
    sponsor: 'Claims Director',
    source: 'central',
    approach: 'Classical ML',
    problem: 'Complex home claims reach the right specialist only after several hand-offs.',
    outcome: 'Complex claims routed to specialists on day one.',
    kpi: 'Hand-offs per complex claim: 3.2 baseline, 1.2 target',
    readiness: [3, 3, 3, 2, 2, 3],
    riskTier: 'medium',
    euAiAct: 'minimal',
    value: 1_100_000,
    cost: 250_000,
  },
  {
    title: 'Policy admin document intake',
    stage: 'scaling',
    days: 80,
    businessUnit: 'Operations',
    owner: 'Fatima Zahra',
    source: 'vendor',
    approach: 'Document AI',
    problem: 'Mid-term adjustment forms arrive as scans and wait in a queue for keying.',
    outcome: 'Forms read and queued for approval without keying.',
    kpi: 'Adjustments completed within 2 days: 64% baseline, 90% target',
    readiness: [3, 2, 3, 3, 2, 3],
    riskTier: 'low',
    euAiAct: 'minimal',
    value: 600_000,
    cost: 200_000,
  },
  {
    title: 'Policy servicing chat assistant',
    stage: 'scaling',
    days: 150,
    businessUnit: 'Customer Service',
    owner: 'Daniel Kim',
    source: 'vendor',
    approach: 'Generative AI',
    problem: 'Simple address and vehicle changes take a phone call.',
    outcome: 'Customers make simple changes in chat at any hour.',
    kpi: 'Share of simple changes completed in chat: 0% baseline, 40% target',
    readiness: [2, 3, 3, 2, 2, 2],
    riskTier: 'medium',
    euAiAct: 'limited',
    value: 700_000,
    cost: 350_000,
  },
  {
    title: 'Motor pricing elasticity model',
    stage: 'scaling',
    days: 60,
    businessUnit: 'Personal Lines Pricing',
    owner: 'Sophie Martin',
    source: 'central',
    approach: 'Classical ML',
    problem: 'Renewal price changes ignore how sensitive each segment is to price.',
    outcome: 'Renewal prices that keep good customers at the same margin.',
    kpi: 'Motor renewal retention at constant loss ratio',
    readiness: [3, 3, 3, 3, 2, 3],
    riskTier: 'high',
    euAiAct: 'minimal',
    value: 2_500_000,
    cost: 400_000,
  },
  {
    title: 'Motor claims fraud scoring',
    stage: 'production',
    days: 700,
    businessUnit: 'Claims – Special Investigations',
    owner: 'Aisha Rahman',
    source: 'central',
    approach: 'Classical ML',
    problem: 'Investigators reviewed a random sample of motor claims for fraud.',
    outcome: 'Investigators review the claims most likely to be fraudulent.',
    kpi: 'Fraud detected per investigator hour: 2.4x baseline',
    readiness: [4, 3, 3, 3, 3, 4],
    riskTier: 'high',
    euAiAct: 'minimal',
    value: 4_200_000,
    cost: 600_000,
    tags: ['fraud', 'motor'],
  },
  {
    title: 'Mail room classification',
    stage: 'production',
    days: 900,
    businessUnit: 'Operations',
    owner: 'Fatima Zahra',
    source: 'central',
    approach: 'Document AI',
    problem: 'Forty people sorted incoming post into 120 work queues.',
    outcome: 'Post scanned and routed to the right queue automatically.',
    kpi: 'Items routed without manual sorting: 93%',
    readiness: [3, 4, 3, 4, 3, 3],
    riskTier: 'low',
    euAiAct: 'minimal',
    value: 1_300_000,
    cost: 300_000,
  },
  {
    title: 'Reserving anomaly alerts',
    stage: 'production',
    days: 400,
    businessUnit: 'Actuarial',
    owner: 'Hannah Okafor',
    source: 'central',
    approach: 'Classical ML',
    problem: 'Unusual reserve movements were found at quarter end, too late to act.',
    outcome: 'Actuaries see unusual reserve movements within a week.',
    kpi: 'Anomalies found before quarter end: 100% in the last four quarters',
    readiness: [3, 3, 3, 3, 3, 3],
    riskTier: 'medium',
    euAiAct: 'minimal',
    value: 300_000,
    cost: 80_000,
  },
  {
    title: 'IT service desk ticket routing',
    stage: 'production',
    days: 330,
    businessUnit: 'IT',
    owner: 'Ravi Patel',
    source: 'frontline',
    approach: 'Classical ML',
    problem: 'A quarter of tickets were routed to the wrong resolver group.',
    outcome: 'Tickets reach the right resolver group first time.',
    kpi: 'Mis-routed tickets: 25% baseline, 7% now',
    readiness: [3, 3, 3, 3, 3, 4],
    riskTier: 'low',
    euAiAct: 'minimal',
    value: 200_000,
    cost: 40_000,
  },
  {
    title: 'Claims status chatbot (first version)',
    stage: 'stopped',
    days: 500,
    businessUnit: 'Customer Service',
    source: 'vendor',
    approach: 'Rules-based chatbot',
    problem: 'Customers call to ask where their claim is.',
    readiness: [1, 1, 2, 1, 1, 1],
    riskTier: 'low',
    euAiAct: 'limited',
    stopReason: 'Replaced by claim tracking in the customer portal.',
  },
  {
    title: 'Telematics driving score',
    stage: 'stopped',
    days: 260,
    businessUnit: 'Personal Lines',
    source: 'partner',
    approach: 'Classical ML',
    problem: 'Young drivers pay high premiums whatever their driving.',
    readiness: [1, 1, 1, 1, 1, 1],
    riskTier: 'medium',
    euAiAct: 'minimal',
    stopReason: 'The data-sharing agreement with the telematics partner was not renewed.',
  },
  {
    title: 'Injury medical report summaries',
    stage: 'stopped',
    days: 90,
    businessUnit: 'Claims',
    source: 'central',
    approach: 'Generative AI',
    problem: 'Handlers read long medical reports on bodily-injury claims.',
    readiness: [2, 1, 1, 1, 1, 1],
    riskTier: 'high',
    euAiAct: 'minimal',
    stopReason: 'Health data under the governance review needs controls we cannot yet provide; revisit next year.',
  },
  {
    title: 'Health cover premium personalisation',
    stage: 'pilot',
    days: 140,
    businessUnit: 'Life & Health Pricing',
    owner: 'Jonas Weber',
    source: 'central',
    approach: 'Classical ML',
    problem:
      'Individual health cover is priced from five age bands, so premiums ignore what the insurer already knows.',
    outcome: "Premiums that reflect each applicant's risk, within the limits the regulator sets.",
    readiness: [2, 1, 1, 1, 1, 2],
    riskTier: 'high',
    // Risk assessment and pricing for natural persons in health insurance: high-risk under Annex III of the Act.
    euAiAct: 'high-risk',
    practices: {
      testing: { status: 'in-progress', evidence: 'Back-test running on the 2024 renewals.' },
      'impact-assessment': { status: 'not-started' },
    },
    value: 900_000,
    cost: 250_000,
    tags: ['pricing', 'health'],
  },
  {
    title: 'Life underwriting risk scoring',
    stage: 'scaling',
    days: 75,
    businessUnit: 'Life & Health Underwriting',
    owner: 'Marta Kowalski',
    sponsor: 'Chief Underwriting Officer',
    source: 'central',
    approach: 'Classical ML',
    problem: 'Underwriters refer a third of life applications for manual medical review; applicants wait three weeks.',
    outcome: 'Most life applications decided within a day; underwriters keep the complex cases.',
    kpi: 'Applications decided within 24 hours: 35% baseline, 70% target',
    readiness: [3, 3, 3, 3, 3, 3],
    riskTier: 'high',
    // Risk assessment of natural persons in life insurance: high-risk under Annex III, with every practice done.
    euAiAct: 'high-risk',
    practices: {
      testing: { status: 'done', evidence: 'Back-test on 2023–2024 applications, report UW-TST-12.' },
      'impact-assessment': { status: 'done', evidence: 'Fundamental-rights impact assessment signed off by the CRO.' },
      'independent-review': { status: 'done', evidence: 'Model validation by Group Risk, not the build team.' },
      monitoring: { status: 'done', evidence: 'Monthly drift and outcome-parity dashboard.' },
      training: { status: 'done', evidence: 'All 40 underwriters trained; refresher each quarter.' },
      'fail-safe': { status: 'done', evidence: 'Every decline is reviewed by an underwriter before it is sent.' },
      appeal: { status: 'done', evidence: 'Applicants can ask for a human review (letter template LU-07).' },
    },
    value: 1_800_000,
    cost: 500_000,
    tags: ['underwriting', 'life'],
  },
];

const DAY = 86_400_000;

/**
 * The example board shipped with the app: Harbourline Mutual, a fictional mid-size insurer, with its AI
 * portfolio spread over all five stages and a decision history, dated relative to `now`.
 */
export function createExampleBoard(now: string, makeId: () => string = newId): BoardDocument {
  const nowMs = Date.parse(now);
  const at = (daysAgo: number) => new Date(nowMs - daysAgo * DAY).toISOString();
  const board = createBoard('Harbourline Mutual — AI portfolio review', { now: at(1100), newId: makeId });
  board.updatedAt = now;
  board.workshop = {
    date: now.slice(0, 10),
    facilitator: 'Chief Data Officer',
    participants: ['Claims Director', 'CFO', 'Chief Risk Officer', 'Head of Customer Service', 'CIO'],
    notes: 'Quarterly portfolio review: which pilots are ready to scale, and which should stop?',
    regimes: ['eu-ai-act'],
  };

  const initiatives: Initiative[] = [];
  const decisions: Decision[] = [];
  for (const stage of STAGE_IDS) {
    const cards = CARDS.filter((card) => card.stage === stage);
    const ranks = spreadRanks(cards.length);
    cards.forEach((card, index) => {
      const id = makeId();
      const readiness = Object.fromEntries(
        FOUNDATION_IDS.map((foundation, i) => [foundation, card.readiness[i]!]),
      ) as Record<FoundationId, ReadinessLevel>;
      const initiative: Initiative = {
        id,
        ref: `HM-${String(CARDS.indexOf(card) + 1).padStart(3, '0')}`,
        title: card.title,
        problem: card.problem,
        businessUnit: card.businessUnit,
        source: card.source,
        approach: card.approach,
        stage,
        rank: ranks[index]!,
        stageEnteredAt: at(card.days),
        readiness,
        riskTier: card.riskTier,
        currency: 'EUR',
        tags: card.tags ?? [],
        votes: {},
        custom: {},
        createdAt: at(card.days + 120),
        updatedAt: at(Math.min(card.days, 30)),
      };
      if (card.owner) initiative.owner = card.owner;
      if (card.sponsor) initiative.sponsor = card.sponsor;
      if (card.outcome) initiative.outcome = card.outcome;
      if (card.kpi) initiative.kpi = card.kpi;
      if (card.value !== undefined) initiative.valueEstimate = card.value;
      if (card.cost !== undefined) initiative.costEstimate = card.cost;
      if (card.euAiAct) initiative.euAiAct = card.euAiAct;
      if (card.practices) initiative.practices = card.practices;
      initiatives.push(initiative);
      decisions.push(...historyOf(initiative, card, at, makeId));
    });
  }
  decisions.sort((a, b) => a.at.localeCompare(b.at));
  return { ...board, initiatives, decisions };
}

/** The stage changes that brought a card to where it is, oldest first. */
function historyOf(
  initiative: Initiative,
  card: ExampleCard,
  at: (daysAgo: number) => string,
  makeId: () => string,
): Decision[] {
  const path: StageId[] =
    card.stage === 'stopped' ? ['idea', 'pilot', 'stopped'] : STAGE_IDS.slice(0, STAGE_IDS.indexOf(card.stage) + 1);
  const entries: Decision[] = [];
  for (let step = 1; step < path.length; step += 1) {
    const isLast = step === path.length - 1;
    const daysAgo = card.days + (path.length - 1 - step) * 150;
    const entry: Decision = {
      id: makeId(),
      initiativeId: initiative.id,
      initiativeTitle: initiative.title,
      at: at(daysAgo),
      kind: path[step] === 'stopped' ? 'stop' : 'go',
      from: path[step - 1]!,
      to: path[step]!,
      by: 'Portfolio board',
      unmetCriteria: [],
    };
    if (isLast && card.stopReason) entry.rationale = card.stopReason;
    entries.push(entry);
  }
  return entries;
}
