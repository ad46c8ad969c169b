// @vitest-environment jsdom
import { render } from '@testing-library/react';
import type { Action, BoardDocument, Decision } from '../../../../domain';
import {
  actionWords,
  BRIEF_CAPS,
  BRIEF_HEADINGS,
  BRIEF_LEFT_OUT_WHERE,
  BRIEF_PRINT_STEPS,
  briefMarkdown,
  briefSheet,
  changesHeading,
  createBoard,
  DEFAULT_REGIMES,
  exceptionHeadline,
  GOVERNANCE_LABELS,
  lackingWords,
  leadersBrief,
  leftOutWords,
  oneLine,
  openActionsHeading,
  plainWords,
  PRACTICE_IDS,
  prohibitedWords,
  regimesWords,
  sinceHeading,
} from '../../../../domain';
import { BriefPrintView } from '../../../../renderer/features/export/brief-print-view';
import { realSizeBoard } from '../../../support/real-size-board';

const EARLY = '2026-05-01T09:00:00.000Z';
const NOW = '2026-06-01T10:00:00.000Z';
const TODAY = '2026-06-01';
const EXCEPTIONS = BRIEF_CAPS.decisions + 2;
const OPEN = BRIEF_CAPS.actions + 5;
const LACKING = BRIEF_CAPS.lackingPractice + 4;
const PROHIBITED = BRIEF_CAPS.prohibited + 3;

/**
 * More exceptions decided today than the brief lists, each leaving one overdue action, more open actions than it
 * lists, more high-risk use cases in Production without their practices, and more prohibited ones in Pilot: every
 * cut list says what it left out. The board uses the default regimes (the generated import chose US high-impact).
 */
function busyBoard(): BoardDocument {
  const generated = realSizeBoard(40, { now: EARLY, locale: 'en-GB' });
  const initiatives = generated.initiatives.map((card, i) =>
    i >= 40 - LACKING
      ? { ...card, stage: 'production' as const, euAiAct: 'high-risk' as const }
      : i >= 40 - LACKING - PROHIBITED
        ? { ...card, stage: 'pilot' as const, euAiAct: 'prohibited' as const }
        : card,
  );
  const board = { ...generated, workshop: { ...generated.workshop, regimes: [...DEFAULT_REGIMES] }, initiatives };
  const decisions: Decision[] = board.initiatives.slice(0, EXCEPTIONS).map((card, i) => ({
    id: `d${i}`,
    initiativeId: card.id,
    initiativeTitle: card.title,
    at: NOW,
    kind: 'go-with-exception',
    from: 'pilot',
    to: 'scaling',
    by: 'CFO',
    unmetCriteria: ['Data at 2'],
  }));
  const actions: Action[] = Array.from({ length: OPEN }, (_, i) => ({
    id: `a${i}`,
    title: `Action ${i}`,
    status: 'open',
    owner: 'Ana',
    due: '2026-05-20',
    ...(i < EXCEPTIONS ? { decisionId: `d${i}`, initiativeId: decisions[i]!.initiativeId } : {}),
    createdAt: NOW,
    updatedAt: NOW,
  }));
  return { ...board, decisions, actions };
}

describe('the brief’s three outputs', () => {
  it('say the same headings, the same left-out lines and the same action and exception lines', () => {
    const brief = leadersBrief(busyBoard(), {
      now: NOW,
      today: TODAY,
      since: EARLY,
      compareWith: { board: createBoard('Empty', { now: EARLY }), name: 'q1.scaleboard' },
    });
    const { locale } = brief;
    const markdown = briefMarkdown(brief);
    const sheetText = briefSheet(brief).rows.map((row) => row.filter((c) => typeof c === 'string').join(' | '));
    const { container } = render(<BriefPrintView brief={brief} caps={BRIEF_PRINT_STEPS[0]!} />);
    const print = (selector: string) => [...container.querySelectorAll(selector)].map((el) => el.textContent);

    const headings = [
      BRIEF_HEADINGS.portfolio,
      sinceHeading(brief),
      BRIEF_HEADINGS.exceptions,
      openActionsHeading(brief),
      BRIEF_HEADINGS.heatmap,
      BRIEF_HEADINGS.blockers,
      BRIEF_HEADINGS.matrix,
      BRIEF_HEADINGS.governance,
      changesHeading(brief),
    ];
    expect(markdown.split('\n').filter((line) => line.startsWith('## '))).toEqual(headings.map((h) => `## ${h}`));
    expect(print('h2')).toEqual(headings);
    expect(sheetText.filter((line) => headings.includes(line))).toEqual(headings);

    const leftOut = [
      leftOutWords(EXCEPTIONS - BRIEF_CAPS.decisions, 'decision', 'decisions', BRIEF_LEFT_OUT_WHERE.decisions, locale),
      leftOutWords(EXCEPTIONS - BRIEF_CAPS.exceptions, 'exception', 'exceptions', BRIEF_LEFT_OUT_WHERE.exceptions),
      leftOutWords(OPEN - BRIEF_CAPS.actions, 'open action', 'open actions', BRIEF_LEFT_OUT_WHERE.actions, locale),
      leftOutWords(
        LACKING - BRIEF_CAPS.lackingPractice,
        'use case',
        'use cases',
        BRIEF_LEFT_OUT_WHERE.lackingPractice,
        locale,
      ),
      leftOutWords(
        PROHIBITED - BRIEF_CAPS.prohibited,
        'use case',
        'use cases',
        BRIEF_LEFT_OUT_WHERE.prohibited,
        locale,
      ),
    ];
    expect(leftOut.every(Boolean)).toBe(true);
    expect(markdown.split('\n').filter((line) => line.startsWith('_…'))).toEqual(leftOut.map((w) => `_${w}_`));
    expect(print('.brief-left-out')).toEqual(leftOut);
    expect(sheetText.filter((line) => line.includes('not listed here'))).toEqual(leftOut);

    const exception = brief.exceptions[0]!;
    const action = plainWords(actionWords(exception.actions[0]!, locale));
    expect(action).toContain(', overdue ');
    expect(markdown.replaceAll('**', '')).toContain(`  - Action: ${action}`);
    expect(print('.brief-exception p')).toContain(`Action: ${action}`);
    // The exception's row ends with the actions it left.
    expect(sheetText.some((line) => line.endsWith(`| ${action}`))).toBe(true);
    // The governance section: the same figures and the same line for each use case lacking a practice.
    expect(brief.governance.lackingPractice).toHaveLength(LACKING);
    const lacking = plainWords(lackingWords(brief.governance.lackingPractice[0]!));
    expect(lacking).toMatch(new RegExp(` — Production; lacks all ${PRACTICE_IDS.length} practices$`));
    expect(markdown.replaceAll('**', '')).toContain(`  - ${lacking}`);
    expect(print('.brief-lacking li')).toHaveLength(BRIEF_CAPS.lackingPractice);
    // On paper the title is cut to its start, so that each use case takes one line.
    const first = brief.governance.lackingPractice[0]!;
    expect(print('.brief-lacking li')[0]).toBe(plainWords(lackingWords({ ...first, title: oneLine(first.title, 60) })));
    expect(sheetText).toContain(`In Scaling or Production, lacking a practice`);
    // The prohibited use cases not stopped: the same count and the same line for each, in all three.
    expect(brief.governance.prohibited).toHaveLength(PROHIBITED);
    const banned = plainWords(prohibitedWords(brief.governance.prohibited[0]!));
    expect(banned).toMatch(/ — Pilot$/);
    expect(markdown.replaceAll('**', '')).toContain(`- ${GOVERNANCE_LABELS.prohibited}: ${PROHIBITED}\n  - ${banned}`);
    expect(print('.brief-prohibited li')).toHaveLength(BRIEF_CAPS.prohibited);
    expect(sheetText).toContain(`${GOVERNANCE_LABELS.prohibited}`);
    expect(sheetText.filter((line) => line.endsWith(' | Pilot'))).toHaveLength(BRIEF_CAPS.prohibited);
    const regimes = regimesWords(brief.governance.regimes);
    expect(markdown).toContain(`\n${regimes}\n`);
    expect(print('.brief-governance > p')[0]).toBe(regimes);
    expect(sheetText).toContain(regimes);
    const headline = plainWords(exceptionHeadline(exception));
    expect(markdown.replaceAll('**', '')).toContain(`- ${headline}`);
    expect(print('.brief-exception p')).toContain(headline);
  });
});
