/**
 * zod for the whole app, set to jitless before any schema exists. Without this, zod's first object schema
 * probes whether it may compile validators from text (the Function constructor); the page's CSP refuses that,
 * and even though zod catches the refusal, the browser reports a `securitypolicyviolation` (docs/security.md,
 * row 3).
 * Every module that builds a schema imports `z` from here, so the setting runs first.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
