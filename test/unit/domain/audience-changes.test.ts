import type { BoardDocument } from '../../../domain';
import {
  addActions,
  addInitiative,
  AUDIENCE_CHANGE_LINES,
  AUDIENCE_TITLE_LENGTH,
  audienceChanges,
  moveInitiative,
  updateInitiative,
} from '../../../domain';
import { realSizeBoard } from '../../support/real-size-board';

const AT = new Date('2026-11-02T09:00:00.000Z');
const later = (n: number) => ({ now: new Date(Date.parse('2026-11-01T10:00:00.000Z') + n * 60_000).toISOString() });

/** A board, and the same board a workshop later: its first idea moved to Pilot, with a decision and two actions. */
function workshop(): { then: BoardDocument; now: BoardDocument; secret: string } {
  const then = realSizeBoard(40);
  const card = then.initiatives.find((i) => i.stage === 'idea')!;
  const other = then.initiatives.find((i) => i.stage === 'scaling')!;
  let now = moveInitiative(then, card.id, 'pilot', 0, later(1));
  now = {
    ...now,
    decisions: [
      {
        id: 'd1',
        initiativeId: card.id,
        initiativeTitle: card.title,
        at: later(1).now,
        kind: 'go-with-exception',
        from: 'idea',
        to: 'pilot',
        rationale: 'Vendor price agreed in confidence',
        unmetCriteria: [],
      },
    ],
  };
  now = updateInitiative(
    now,
    card.id,
    { owner: 'Dana Secret', confidential: ['owner', 'rationale'], readiness: { ...card.readiness, data: 4 } },
    { ...later(2), reason: { rationale: 'Raised for a confidential reason' } },
  );
  now = addActions(
    now,
    [
      { title: 'Agree the vendor terms', owner: 'Dana Secret', note: 'Call them Friday', initiativeId: card.id },
      { title: 'Name a data steward', owner: 'Sam Visible', initiativeId: other.id },
    ],
    later(3),
  );
  return { then, now, secret: card.id };
}

describe('audienceChanges', () => {
  it('says the card moved and the actions agreed, with no owner, rationale or note the card keeps from the room', () => {
    const { then: plain, now, secret } = workshop();
    // Then, the card hid nothing and had the same owner: hidden now, it is hidden "then" too.
    const then = {
      ...plain,
      initiatives: plain.initiatives.map((i) => (i.id === secret ? { ...i, owner: 'Dana Secret' } : i)),
    };
    const changes = audienceChanges('Since the start of the workshop', then, now, { hideVotes: false, at: AT });
    const text = JSON.stringify(changes);
    expect(text).not.toMatch(/Dana Secret|in confidence|confidential reason|Call them Friday/);
    const lines = (heading: string) => changes.sections.find((s) => s.heading === heading)?.lines ?? [];
    expect(lines('Moved between stages')).toHaveLength(1);
    expect(lines('Moved between stages')[0]).toMatch(/: Ideas → Pilot$/);
    expect(lines('Actions')).toEqual([
      expect.stringMatching(/^Opened: Agree the vendor terms \((?!Dana)/),
      expect.stringMatching(/^Opened: Name a data steward \(Sam Visible, /),
    ]);
    expect(changes.figures.find((f) => f.key === 'pilot')).toMatchObject({
      then: String(then.initiatives.filter((i) => i.stage === 'pilot').length),
      now: String(now.initiatives.filter((i) => i.stage === 'pilot').length),
    });
  });

  it('cuts long titles between words for the projector, keeping the reference whole', () => {
    const { then, now } = workshop();
    const [line] = audienceChanges('Since', then, now, { hideVotes: false, at: AT }).sections[0]!.lines;
    const title = line!.slice(0, line!.indexOf('…'));
    expect(title.length).toBeLessThan(AUDIENCE_TITLE_LENGTH);
    expect(title).toMatch(/\w$/);
    expect(line).toMatch(/… \([A-Z]+-\d+\): Ideas → Pilot$/);
  });

  it('sends a section at most AUDIENCE_CHANGE_LINES lines and counts the rest', () => {
    const then = realSizeBoard(40);
    let now = then;
    for (let n = 0; n < AUDIENCE_CHANGE_LINES + 7; n++) now = addInitiative(now, { title: `Idea ${n}` }, later(n));
    const [added] = audienceChanges('Since', then, now, { hideVotes: false, at: AT }).sections;
    expect(added).toMatchObject({ heading: 'New', leftOut: 7 });
    expect(added!.lines).toHaveLength(AUDIENCE_CHANGE_LINES);
    expect(added!.lines.some((l) => l.startsWith('…and'))).toBe(false);
  });

  it('puts what the room decided and agreed to do before what was renamed', () => {
    const { then, now: moved, secret } = workshop();
    const now = updateInitiative(moved, secret, { title: 'A new name' }, later(9));
    const headings = audienceChanges('Since', then, now, { hideVotes: false, at: AT }).sections.map((s) => s.heading);
    expect(headings.indexOf('Actions')).toBeLessThan(headings.indexOf('Renamed'));
    expect(headings.indexOf('Decisions taken')).toBeLessThan(headings.indexOf('Renamed'));
    expect(headings[0]).toBe('Moved between stages');
  });
});
