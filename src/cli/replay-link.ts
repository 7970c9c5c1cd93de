import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { linkFragment } from '../replay/link';
import { parseRecordText } from '../replay/parse';
import { CliError, parseArgs, runMain, str } from './args';

/** `npm run replay:link -- FILE [--base URL]`: prints a record's share-link fragment (or the whole link with --base). */
async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const file = args.positional[0];
  if (!file) throw new CliError('usage: npm run replay:link -- RECORD.json [--base URL]');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new CliError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  const parsed = parseRecordText(text, basename(file));
  if (!parsed.ok) throw new CliError(parsed.error);
  const fragment = linkFragment(parsed.record);
  const base = str(args, 'base', '');
  process.stdout.write(`${base ? `${base.replace(/#.*$/, '')}#` : '#'}${fragment}\n`);
  process.stderr.write(`${fragment.length + 1} characters in the fragment\n`);
  return 0;
}

runMain(main);
