/**
 * The separator of CSV text: comma, semicolon or tab, whichever splits the first lines most consistently, counting
 * only separators outside quoted cells. (The parsing itself is csv-parse's, on the Node side.)
 */
export function detectSeparator(text: string): ',' | ';' | '\t' {
  const sample = text.slice(0, 64 * 1024);
  let best: { separator: ',' | ';' | '\t'; score: number } = { separator: ',', score: -1 };
  for (const separator of [',', ';', '\t'] as const) {
    const counts = firstLines(sample, 10).map((line) => countOutsideQuotes(line, separator));
    if (!counts.length || counts[0] === 0) continue;
    const consistent = counts.filter((c) => c === counts[0]).length;
    const score = consistent * 1000 + counts[0]!;
    if (score > best.score) best = { separator, score };
  }
  return best.separator;
}

function firstLines(text: string, count: number): string[] {
  const lines: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < text.length && lines.length < count; i += 1) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) {
      if (i > start) lines.push(text.slice(start, i));
      start = i + 1;
    }
  }
  return lines;
}

function countOutsideQuotes(line: string, separator: string): number {
  let count = 0;
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === separator) count += 1;
  }
  return count;
}
