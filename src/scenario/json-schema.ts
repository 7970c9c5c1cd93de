/**
 * The JSON Schema of scenario files, generated from the zod schema so editors (VS Code) can complete fields and
 * show help. Draft-07, which VS Code's JSON language service supports fully. Cross-reference checks (ids,
 * per-quarter lengths, citations) cannot be expressed in JSON Schema: `npm run scenario:check` does those.
 */
import { z } from '../zod';
import { scenarioSchema } from './schema';

/** Where the generated schema lives, relative to the repository root. */
export const SCENARIO_SCHEMA_PATH = 'scenarios/scenario.schema.json';

/** The JSON Schema object for scenario files. */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(scenarioSchema, { target: 'draft-07', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const { $schema, title, description, ...rest } = schema;
  return {
    $schema,
    $comment: 'Generated from src/scenario/schema.ts by `npm run scenario:schema`. Do not edit by hand.',
    title,
    description,
    ...rest,
  };
}

/** The JSON Schema as the exact text committed in scenarios/scenario.schema.json. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
