import type { ImportPreview } from '../../../contract';

/**
 * Row problems by spreadsheet row. The list scrolls on its own, so it takes focus (axe scrollable-region-focusable):
 * a keyboard user can scroll it with the arrow keys.
 */
export function ProblemList({ problems, label }: { problems: ImportPreview['problems']; label: string }) {
  return (
    <ul className="problem-list" tabIndex={0} aria-label={label}>
      {problems.map((p, i) => (
        <li key={i}>
          <span className="problem-row">Row {p.row}</span>
          {p.column ? (
            <span className="problem-column" title={p.column}>
              {p.column}
            </span>
          ) : null}
          <span className="problem-message">{p.message}</span>
        </li>
      ))}
    </ul>
  );
}
