/** Scenario files: the zod schema, parsing with clear errors, and the JSON Schema for editors. */
export { scenarioSchema, type ParsedScenario } from './schema';
export { parseScenario, parseScenarioText, MAX_SCENARIO_BYTES, type ScenarioParseResult } from './parse';
export { formatIssues, MAX_ISSUES, type ScenarioIssue } from './issues';
export { scenarioJsonSchema, scenarioJsonSchemaText, SCENARIO_SCHEMA_PATH } from './json-schema';
export { LIMITS, RESERVED_OBJECT_KEYS, RESERVED_SKU_ID } from './primitives';
export { REQUIRED_COMPANY_CITES } from './cross-refs';
