import { parseArgs } from 'node:util';
import { compareArticles } from '../src/index';
import { matchStory } from '../src/match';
import { colourWanted, palette } from './colour';
import { CliError } from './errors';
import { comparisonJson, matchJson } from './json';
import { loadSource } from './load';
import { comparisonReport, extractReport, matchReport } from './report';

const USAGE = `Usage:
  parallax compare <A> <B> [--json]              compare two versions of a story
  parallax extract <file.html|URL> [--url <original URL>] [--json]
  parallax match <A> <B...> [--json]             same-story verdict for each B against A
A source is a .txt file (paragraphs separated by blank lines; the first line may be the title),
an .html file (extracted with Readability), or an http(s) URL.`;

export interface Io {
  out(text: string): void;
  err(text: string): void;
  colour: boolean;
}

/** Runs one command; returns the exit code. Expected failures print one line and return 2. */
export async function run(argv: string[], io: Io): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`parallax: ${error.message}`);
      return 2;
    }
    // An unexpected failure is still one line; the stack is there for whoever asks for it.
    io.err(`parallax: internal error: ${error instanceof Error ? error.message : String(error)} (set PARALLAX_DEBUG=1 for details)`);
    if (process.env.PARALLAX_DEBUG) io.err(String(error instanceof Error ? error.stack : error));
    return 1;
  }
}

async function dispatch(argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, url: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    throw new CliError(`${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  const [command, ...args] = positionals;
  if (values.help || command === 'help' || command === undefined) {
    (command === undefined && !values.help ? io.err : io.out)(USAGE);
    return command === undefined && !values.help ? 2 : 0;
  }
  const p = palette(io.colour && !values.json);

  switch (command) {
    case 'compare': {
      if (args.length !== 2) throw new CliError(`compare takes two sources, got ${args.length}.\n${USAGE}`);
      const [a, b] = await Promise.all(args.map((s) => loadSource(s)));
      const comparison = compareArticles(a.article, b.article);
      io.out(values.json ? JSON.stringify(comparisonJson(a.article, b.article, comparison), null, 2) : comparisonReport(a.article, b.article, comparison, p));
      return 0;
    }
    case 'extract': {
      if (args.length !== 1) throw new CliError(`extract takes one source, got ${args.length}.\n${USAGE}`);
      const loaded = await loadSource(args[0], values.url);
      if (!loaded.extracted) throw new CliError(`${args[0]} is not HTML: extract reads .html files and web pages.`);
      const x = loaded.extracted;
      const json = { title: x.title, byline: x.byline, outlet: x.outlet, url: x.url, publishedTime: x.publishedTime, lang: x.lang, wordCount: x.wordCount, paragraphs: x.paragraphs, removed: x.removed };
      io.out(values.json ? JSON.stringify(json, null, 2) : extractReport(x, p));
      return 0;
    }
    case 'match': {
      if (args.length < 2) throw new CliError(`match takes the reader's article and at least one candidate.\n${USAGE}`);
      const loaded = await Promise.all(args.map((s) => loadSource(s)));
      const [reader, ...candidates] = loaded.map((l) => l.article);
      const rows = candidates.map((candidate, i) => ({
        source: args[i + 1],
        result: matchStory(reader, candidate, { others: candidates.filter((_, j) => j !== i) }),
      }));
      io.out(values.json ? JSON.stringify(rows.map((r) => matchJson(r.source, r.result)), null, 2) : matchReport(rows, p));
      return 0;
    }
    default:
      throw new CliError(`unknown command "${command}".\n${USAGE}`);
  }
}

export async function main(): Promise<void> {
  const code = await run(process.argv.slice(2), {
    out: (t) => process.stdout.write(`${t}\n`),
    err: (t) => process.stderr.write(`${t}\n`),
    colour: colourWanted(process.stdout, process.env),
  });
  process.exitCode = code;
}
