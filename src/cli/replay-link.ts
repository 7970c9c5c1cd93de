import { linkFragment } from '../replay/link';
import { CliError, parseArgs, runMain, str } from './args';
import { loadRecord } from './load';

/** `npm run replay:link -- FILE [--base URL]`: prints a record's share-link fragment (or the whole link with --base). */
async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const file = args.positional[0];
  if (!file) throw new CliError('usage: npm run replay:link -- RECORD.json [--base URL]');
  const fragment = linkFragment(loadRecord(file));
  const base = str(args, 'base', '');
  process.stdout.write(`${base ? `${base.replace(/#.*$/, '')}#` : '#'}${fragment}\n`);
  process.stderr.write(`${fragment.length + 1} characters in the fragment\n`);
  return 0;
}

runMain(main);
