// The digest CLI: `npm run digest -- [--json] FILE|URL ...`. An outline per input by default; with --json,
// one Bulletin per input per line (JSON Lines) with a `source` field holding the argument as given.
// A bad input gets a one-line error on stderr and the others still come out; the exit code is non-zero
// only when some input could not be read.
import { digest } from '../lib/index';
import { loadDocument } from './lib/load-document';
import { outline } from './lib/outline';
import { InputError, readInput } from './lib/read-input';

const USAGE = 'usage: npm run digest -- [--json] FILE|URL ...  (.html, .htm, .txt files; http(s) URLs)';

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0].slice(0, 300);
}

async function digestOne(source: string, json: boolean): Promise<boolean> {
  let input;
  try {
    input = await readInput(source);
  } catch (error) {
    const reason = error instanceof InputError ? error.message : `could not read (${oneLine(error)})`;
    process.stderr.write(`digest: ${source}: ${reason}\n`);
    return false;
  }
  try {
    const bulletin = digest(loadDocument(input), input.url);
    process.stdout.write(
      json ? `${JSON.stringify({ source, ...bulletin })}\n` : `${outline(source, bulletin)}\n\n`,
    );
  } catch (error) {
    // A page we cannot make sense of still yields a result: an empty one, with the reason on stderr.
    process.stderr.write(`digest: ${source}: could not extract (${oneLine(error)})\n`);
    if (json) process.stdout.write(`${JSON.stringify({ source, articles: [], error: oneLine(error) })}\n`);
  }
  return true;
}

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const sources = argv.filter((arg) => arg !== '--json');
  if (argv.includes('--help') || argv.includes('-h') || sources.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return sources.length === 0 && !argv.includes('--help') && !argv.includes('-h') ? 2 : 0;
  }
  let failed = 0;
  for (const source of sources) if (!(await digestOne(source, json))) failed++;
  return failed > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`digest: ${oneLine(error)}\n`);
    process.exitCode = 1;
  },
);
