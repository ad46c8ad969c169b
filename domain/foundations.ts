/** The foundations that decide whether a pilot can scale (DESIGN.md §1). */
export const FOUNDATION_IDS = ['data', 'integration', 'governance', 'process', 'people', 'performance'] as const;
export type FoundationId = (typeof FOUNDATION_IDS)[number];

export const READINESS_LEVELS = [0, 1, 2, 3, 4] as const;
export type ReadinessLevel = (typeof READINESS_LEVELS)[number];

export interface FoundationInfo {
  id: FoundationId;
  label: string;
  /** A short form for the card's readiness strip. */
  short: string;
  question: string;
  /** One line per readiness level, 0 to 4: what that level looks like for this foundation. */
  rubric: Record<ReadinessLevel, string>;
}

export const FOUNDATIONS: Record<FoundationId, FoundationInfo> = {
  data: {
    id: 'data',
    label: 'Data',
    short: 'Data',
    question: 'Is the data accessible, of known quality, with an owner?',
    rubric: {
      0: 'Data needs are not yet identified.',
      1: 'Sources identified; access is ad hoc extracts and quality is unknown.',
      2: 'Access agreed for the pilot; quality measured on a sample; an owner is named.',
      3: 'Governed, repeatable pipelines with quality checks and an accountable owner for this scope.',
      4: 'Shared, catalogued data products reused across initiatives, with monitored quality.',
    },
  },
  integration: {
    id: 'integration',
    label: 'Integration',
    short: 'Intg',
    question: 'Is it connected through APIs to the systems where the work happens?',
    rubric: {
      0: 'Runs on its own; no connection to operational systems.',
      1: 'Manual hand-offs: files, copy and paste or screen scraping.',
      2: 'A working API connection for the pilot, not yet hardened.',
      3: 'Supported APIs into the core systems, monitored and secured for the current scope.',
      4: 'Reusable integration patterns and platform services used across the enterprise.',
    },
  },
  governance: {
    id: 'governance',
    label: 'Governance',
    short: 'Gov',
    question: 'Has risk review, fitted to existing risk structures, been designed and passed?',
    rubric: {
      0: 'No risk review yet.',
      1: 'Risks listed informally; no owner or review path.',
      2: 'Risk assessment in progress within existing risk structures.',
      3: 'Risk review passed, controls in place and monitored for the current scope.',
      4: 'Governance is routine: reviews, controls and audits run at enterprise scale.',
    },
  },
  process: {
    id: 'process',
    label: 'Process',
    short: 'Proc',
    question: 'Has the work itself been redesigned around the AI?',
    rubric: {
      0: 'The AI is bolted onto the existing process.',
      1: 'Process changes discussed but not designed.',
      2: 'The target process is designed and tried in the pilot.',
      3: 'The redesigned process is live, documented and measured for this scope.',
      4: 'The redesigned process is the standard way of working across units.',
    },
  },
  people: {
    id: 'people',
    label: 'People & operating model',
    short: 'Ppl',
    question: 'Are there accountable owners, skills and a support model?',
    rubric: {
      0: 'No business owner or support model.',
      1: 'An enthusiastic sponsor, but no accountable owner or support.',
      2: 'Owner named; users trained for the pilot; support is best effort.',
      3: 'Accountable owner, trained users and an agreed support model for this scope.',
      4: 'Roles, skills and support are part of the enterprise operating model.',
    },
  },
  performance: {
    id: 'performance',
    label: 'Performance',
    short: 'Perf',
    question: 'Is value proven in real conditions against a baseline and a target?',
    rubric: {
      0: 'No baseline or target.',
      1: 'Target stated; no baseline or measurement yet.',
      2: 'Measured in the pilot against a baseline; results promising.',
      3: 'Value proven in real operating conditions against the target.',
      4: 'Value tracked continuously at enterprise scale and reported.',
    },
  },
};
