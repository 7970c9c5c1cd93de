// piscina loads this file in each worker thread of the classroom server's bot pool: it registers tsx (Node 20
// cannot strip types itself) and hands piscina the TypeScript worker's default export (as src/cli/lab-worker.mjs).
import { register } from 'tsx/esm/api';

register();
const mod = await import('./bot-worker.ts');

export default mod.default;
