/**
 * `npm run scenario:check -- FILE...`: validates scenario files and prints every problem with its JSON path.
 * With no arguments it checks every scenarios/*.json except the JSON Schema. Exits 1 if any file fails;
 * never prints a stack trace (a teacher should see what to fix, not where the checker was).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_SCENARIO_BYTES, formatIssues, parseScenarioText, type ScenarioIssue } from '../scenario';

const scenariosDir = fileURLToPath(new URL('../../scenarios/', import.meta.url));

function message(e: unknown): string {
  if (e && typeof e === 'object' && 'code' in e && typeof e.code === 'string') {
    const codes: Record<string, string> = { ENOENT: 'no such file', EACCES: 'permission denied', EISDIR: 'is a directory' };
    if (codes[e.code]) return codes[e.code] as string;
  }
  return e instanceof Error ? e.message : String(e);
}

/** The shipped scenario files, sorted; the JSON Schema is not a scenario. */
async function defaultFiles(): Promise<string[]> {
  const names = await readdir(scenariosDir);
  return names
    .filter((n) => n.endsWith('.json') && !n.endsWith('.schema.json'))
    .sort()
    .map((n) => path.relative(process.cwd(), path.join(scenariosDir, n)));
}

/** Checks one file; returns its issues (empty = OK) and prints the result. */
async function checkFile(file: string): Promise<ScenarioIssue[]> {
  let text: string;
  try {
    const info = await stat(file);
    if (!info.isFile()) return [{ file, path: '$', message: 'cannot read: not a regular file' }];
    if (info.size > MAX_SCENARIO_BYTES) {
      return [{ file, path: '$', message: `expected a file of at most ${MAX_SCENARIO_BYTES.toLocaleString('en-US')} bytes, found ${info.size.toLocaleString('en-US')} bytes` }];
    }
    text = await readFile(file, 'utf8');
  } catch (e) {
    return [{ file, path: '$', message: `cannot read: ${message(e)}` }];
  }
  const result = parseScenarioText(text, file);
  if (!result.ok) return result.errors;
  const s = result.scenario;
  console.log(`OK ${file} (${s.id}, ${s.companies.length} companies, ${s.skus.length} SKUs, ${s.quarters} quarters)`);
  return [];
}

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const files = args.length > 0 ? args : await defaultFiles();
  if (files.length === 0) {
    console.error('no scenario files found');
    return 1;
  }
  let failed = 0;
  for (const file of files) {
    const issues = await checkFile(file);
    if (issues.length === 0) continue;
    failed++;
    const n = issues.filter((i) => !i.message.startsWith('note:')).length;
    console.error(`FAIL ${file} (${n} problem${n === 1 ? '' : 's'})`);
    console.error(formatIssues(issues));
  }
  if (failed > 0) console.error(`${failed} of ${files.length} file${files.length === 1 ? '' : 's'} failed`);
  return failed > 0 ? 1 : 0;
}

process.on('uncaughtException', (e) => {
  console.error(`scenario:check failed: ${message(e)}`);
  process.exit(1);
});

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`scenario:check failed: ${message(e)}`);
    process.exitCode = 1;
  },
);
