// piscina loads this file in each worker thread: it registers tsx (Node 20 cannot strip types itself) and
// hands piscina the TypeScript worker's default export.
import { register } from 'tsx/esm/api';

register();
const mod = await import('./lab-worker.ts');

export default mod.default;
