/**
 * Writes scenarios/scenario.schema.json from the zod schema (`npm run scenario:schema`).
 * With `--check` it writes nothing and exits 1 if the committed file is out of date.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { SCENARIO_SCHEMA_PATH, scenarioJsonSchemaText } from '../scenario';

const target = fileURLToPath(new URL(`../../${SCENARIO_SCHEMA_PATH}`, import.meta.url));

async function main(): Promise<number> {
  const text = scenarioJsonSchemaText();
  if (process.argv.includes('--check')) {
    const current = await readFile(target, 'utf8').catch(() => '');
    if (current === text) {
      console.log(`OK ${SCENARIO_SCHEMA_PATH} is up to date`);
      return 0;
    }
    console.error(`${SCENARIO_SCHEMA_PATH} is out of date: run npm run scenario:schema`);
    return 1;
  }
  await writeFile(target, text, 'utf8');
  console.log(`wrote ${SCENARIO_SCHEMA_PATH} (${text.length.toLocaleString('en-US')} bytes)`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`scenario:schema failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  },
);
