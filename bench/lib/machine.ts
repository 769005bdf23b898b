import { cpus, totalmem } from 'node:os';

/** One line naming the machine a benchmark ran on: figures mean nothing without it. */
export function machineLine(): string {
  const cpu = cpus();
  return `${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Replace (or append) one "## heading" section of a Markdown file, leaving other sections alone. */
export function replaceSection(markdown: string, heading: string, body: string): string {
  const start = markdown.indexOf(`\n${heading}\n`);
  const block = `${heading}\n\n${body.trim()}\n`;
  if (start === -1) return `${markdown.trimEnd()}\n\n${block}`;
  const next = markdown.indexOf('\n## ', start + heading.length + 2);
  return `${markdown.slice(0, start + 1)}${block}${next === -1 ? '' : `\n${markdown.slice(next + 1)}`}`;
}

export function table(head: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}
