import type { BriefAction, BriefException, LeadersBrief } from '../../../domain';
import { BRIEF_CAPS, BRIEF_CHART, BRIEF_PRINT_STEPS, briefFits, briefPageBox, printedBrief } from '../../../domain';

const action = (i: number): BriefAction => ({ id: `a${i}`, title: `Action ${i}`, status: 'open', overdue: false });
const exception = (i: number, actions: number): BriefException => ({
  id: `d${i}`,
  at: '2026-06-01T10:00:00.000Z',
  initiativeId: `c${i}`,
  title: `Card ${i}`,
  kind: 'go-with-exception',
  kindLabel: 'Go with exception',
  from: 'Pilot',
  to: 'Scaling',
  unmetCriteria: [],
  actions: Array.from({ length: actions }, (_, j) => action(100 * i + j)),
});

describe('the printed brief', () => {
  it('lays out at A4’s width less its margins, and fits within two pages’ height', () => {
    // 8.27 in less 1.1 in of margins, at 96 px to the inch.
    expect(briefPageBox().width).toBe(688);
    expect(briefFits(briefPageBox().height)).toBe(true);
    expect(briefFits(briefPageBox().height * 2)).toBe(false);
  });

  it('starts with the Markdown’s caps and each step lists no more of anything, and less of something', () => {
    const lists = ['decisions', 'exceptions', 'exceptionActions', 'actions', 'changeLines', 'lackingPractice'] as const;
    const keys = [...lists, 'prohibited', 'rationale', 'quadrantTop', 'chart'] as const;
    for (const key of [
      'decisions',
      'exceptions',
      'actions',
      'changeLines',
      'lackingPractice',
      'quadrantTop',
    ] as const) {
      expect(BRIEF_PRINT_STEPS[0]![key]).toBe(BRIEF_CAPS[key]);
    }
    for (let i = 1; i < BRIEF_PRINT_STEPS.length; i++) {
      const [before, now] = [BRIEF_PRINT_STEPS[i - 1]!, BRIEF_PRINT_STEPS[i]!];
      for (const key of keys) expect(now[key]).toBeLessThanOrEqual(before[key]);
      expect(keys.some((key) => now[key] < before[key])).toBe(true);
    }
    // Fine steps, so that a long brief fills its two pages rather than dropping to a few lines of each at once.
    expect(BRIEF_PRINT_STEPS.length).toBeGreaterThanOrEqual(6);
    for (const key of lists) expect(BRIEF_PRINT_STEPS.at(-1)![key]).toBeGreaterThanOrEqual(1);
  });

  it('gives up room from the matrix chart first: shorter at the second step, the lists as long; left out by the last', () => {
    const [first, second] = BRIEF_PRINT_STEPS;
    expect(first!.chart).toBe(BRIEF_CHART.tall);
    expect(second).toEqual({ ...first, chart: BRIEF_CHART.short });
    expect(BRIEF_CHART.short).toBeLessThan(BRIEF_CHART.tall);
    expect(BRIEF_PRINT_STEPS.at(-1)!.chart).toBe(0);
    // Once left out, it does not come back at a later step.
    const dropped = BRIEF_PRINT_STEPS.findIndex((step) => step.chart === 0);
    expect(BRIEF_PRINT_STEPS.slice(dropped).every((step) => step.chart === 0)).toBe(true);
  });

  it('cuts each list to its cap and counts what it left out, each exception’s actions too', () => {
    const exceptions = [exception(1, 5), exception(2, 1), exception(3, 0)];
    const lacking = (i: number) => ({ id: `c${i}`, title: `Card ${i}`, stage: 'Production', missing: ['Appeal'] });
    const brief = {
      decisions: exceptions,
      exceptions,
      openActions: [1, 2, 3, 4, 5, 6, 7].map(action),
      governance: {
        lackingPractice: [1, 2, 3, 4, 5].map(lacking),
        prohibited: [1, 2, 3, 4, 5, 6].map((i) => ({ id: `p${i}`, title: `Banned ${i}`, stage: 'Pilot' })),
      },
    };
    const caps = BRIEF_PRINT_STEPS[BRIEF_PRINT_STEPS.length - 1]!;
    const printed = printedBrief(brief as unknown as LeadersBrief, caps);
    expect(printed.decisions.shown).toHaveLength(caps.decisions);
    expect(printed.decisions.more).toBe(3 - caps.decisions);
    expect(printed.exceptions.more).toBe(3 - caps.exceptions);
    expect(printed.exceptions.shown[0]!.actions).toEqual({
      shown: [action(100)].slice(0, caps.exceptionActions),
      more: 5 - caps.exceptionActions,
    });
    expect(printed.actions.more).toBe(7 - caps.actions);
    expect(printed.prohibited.shown).toHaveLength(caps.prohibited);
    expect(printed.prohibited.more).toBe(6 - caps.prohibited);
    expect(printed.actions.shown.map((a) => a.id)).toEqual(['a1', 'a2', 'a3', 'a4'].slice(0, caps.actions));
    expect(printed.lackingPractice.shown).toHaveLength(caps.lackingPractice);
    expect(printed.lackingPractice.more).toBe(5 - caps.lackingPractice);
  });
});
