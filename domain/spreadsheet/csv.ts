/**
 * CSV and TSV text into rows (RFC 4180): quoted fields may hold separators, quotes ("") and line breaks; CRLF, LF
 * and CR line ends all work. The separator is detected: comma, semicolon or tab, whichever splits the first lines
 * most consistently.
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

export function parseCsv(text: string, separator: string = detectSeparator(text)): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const length = text.length;
  while (i < length) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      // Take the run up to the next quote in one step: large quoted cells stay fast.
      const next = text.indexOf('"', i);
      const end = next < 0 ? length : next;
      field += text.slice(i, end);
      i = end;
      continue;
    }
    if (char === '"' && field === '') {
      quoted = true;
      i += 1;
    } else if (char === separator) {
      row.push(field);
      field = '';
      i += 1;
    } else if (char === '\n' || char === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += char === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += char;
      i += 1;
    }
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
