import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenarioText, scenarioJsonSchemaText } from '../../src/scenario';

const dir = join(import.meta.dirname, '../../scenarios');
const files = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'));

describe('shipped scenarios', () => {
  it('there is at least the base game', () => {
    expect(files).toContain('2024-hopper-scramble.json');
  });

  it.each(files)('%s parses without errors', (file) => {
    const res = parseScenarioText(readFileSync(join(dir, file), 'utf8'), file);
    if (!res.ok) expect.fail(res.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
    expect(res.scenario.id).toBe(file.replace(/\.json$/, ''));
  });

  it.each(files)('%s points editors at the JSON Schema', (file) => {
    const data = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { $schema?: string };
    expect(data.$schema).toBe('./scenario.schema.json');
  });

  it('the committed JSON Schema is what npm run scenario:schema generates', () => {
    const committed = readFileSync(join(dir, 'scenario.schema.json'), 'utf8');
    expect(committed, 'scenarios/scenario.schema.json is stale: run npm run scenario:schema').toBe(scenarioJsonSchemaText());
  });
});
