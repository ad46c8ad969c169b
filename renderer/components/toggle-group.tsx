/**
 * A row of toggle buttons of which one is on: each a Tab stop that says whether it is pressed, with no arrow-key
 * pattern to learn. The group is named for screen readers; `caption` shows a short name beside it.
 */
export interface ToggleOption<T extends string> {
  value: T;
  label: string;
  /** Said after the label to a screen reader, when the label alone is terse ("Mean" of what). */
  hint?: string;
  title?: string;
  disabled?: boolean;
}

export function ToggleGroup<T extends string>({
  name,
  caption,
  options,
  value,
  onChange,
  dataKey,
  className = 'toggle-group',
}: {
  /** The group's accessible name. */
  name: string;
  caption?: string;
  options: readonly ToggleOption<T>[];
  value: T;
  onChange: (value: T) => void;
  /** Each button carries `data-<dataKey>="<value>"`, for tests and the bench to find it. */
  dataKey: string;
  className?: string;
}) {
  return (
    <div className={className} role="group" aria-label={name}>
      {caption ? (
        <span className="toggle-group-caption" aria-hidden="true">
          {caption}
        </span>
      ) : null}
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          className="button small"
          {...{ [`data-${dataKey}`]: option.value }}
          aria-pressed={value === option.value}
          disabled={option.disabled}
          title={option.title}
          onClick={() => onChange(option.value)}
        >
          {option.label}
          {option.hint ? <span className="visually-hidden"> ({option.hint})</span> : null}
        </button>
      ))}
    </div>
  );
}
