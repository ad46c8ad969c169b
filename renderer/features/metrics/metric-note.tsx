/** A note under a figure saying what it leaves out (domain/metric-notes.ts), or nothing when it leaves nothing out. */
export function MetricNote({ text }: { text: string | null }) {
  return text ? <p className="metric-note">{text}</p> : null;
}
