import { CliError, parseArgs, runMain } from './args';
import { verifyFile } from './verify-file';

/** `npm run replay:verify -- FILE [--scenario FILE]`: re-simulates a game record and checks every quarter's hash. */
async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const file = args.positional[0];
  if (!file) throw new CliError('usage: npm run replay:verify -- RECORD.json [--scenario FILE]');
  const scenario = args.flags.get('scenario');
  const out = verifyFile(file, typeof scenario === 'string' ? { scenarioFile: scenario } : {});
  process.stdout.write(`${out.line}\n`);
  return out.code;
}

runMain(main);
