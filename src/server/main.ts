/**
 * `npm run classroom [-- --port N] [--host H] [--data DIR]`: the classroom server (src/server/server.ts).
 * Builds the game first if dist/ is missing. With REDIS_URL set, class games are found across processes
 * (Colyseus's Redis presence and driver); PUBLIC_ADDRESS (host:port) tells clients where this process is.
 * `--bot-threads N` sets the bots' worker threads (default: one fewer than the cores, at most two; 0 decides
 * them on the event loop).
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { networkInterfaces } from 'node:os';
import { createClassroomServer, type ClassroomOptions } from './server';
import { defaultBotThreads } from './bot-pool';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? process.argv[i + 1] : undefined;
  return v ?? fallback;
}

async function main(): Promise<void> {
  if (process.argv.includes('--help')) {
    console.log('npm run classroom -- [--port 8080] [--host 0.0.0.0] [--data classroom-data] [--dist dist] [--max-bad-codes 10] [--max-creates 20] [--bot-threads N]\nEnvironment: REDIS_URL (several processes), PUBLIC_ADDRESS (host:port of this process)');
    return;
  }
  const port = Number(arg('port', process.env.PORT ?? '8080'));
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, not ${arg('port', '')}`);
  const host = arg('host', '0.0.0.0');
  const root = process.cwd();
  const distDir = arg('dist', join(root, 'dist'));
  if (!existsSync(join(distDir, 'index.html'))) {
    console.log('Building the game (dist/ is missing)...');
    const r = spawnSync(join(root, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error('vite build failed');
  }
  const opts: ClassroomOptions = { distDir, dataDir: arg('data', join(root, 'classroom-data')), scenariosDir: join(root, 'scenarios') };
  // Per address and 10 minutes: unknown join codes, and class games created (raise both behind a proxy).
  const badCodes = Number(arg('max-bad-codes', '10'));
  const creates = Number(arg('max-creates', '20'));
  if (!Number.isInteger(badCodes) || badCodes < 1 || !Number.isInteger(creates) || creates < 1) throw new Error('--max-bad-codes and --max-creates must be whole numbers of at least 1');
  opts.limits = { badCodes, creates, windowMs: 10 * 60_000 };
  const botThreads = Number(arg('bot-threads', String(defaultBotThreads())));
  if (!Number.isInteger(botThreads) || botThreads < 0 || botThreads > 64) throw new Error('--bot-threads must be a whole number from 0 to 64');
  opts.botThreads = botThreads;
  const redis = process.env.REDIS_URL;
  if (redis) {
    const { RedisPresence } = await import('@colyseus/redis-presence');
    const { RedisDriver } = await import('@colyseus/redis-driver');
    opts.presence = new RedisPresence(redis);
    opts.driver = new RedisDriver(redis);
  }
  if (process.env.PUBLIC_ADDRESS) opts.publicAddress = process.env.PUBLIC_ADDRESS;
  const server = await createClassroomServer(opts);
  const bound = await server.listen(port, host);
  const addrs = Object.values(networkInterfaces())
    .flat()
    .filter((a) => a && a.family === 'IPv4' && !a.internal)
    .map((a) => a?.address);
  const bots = server.bots.kind === 'pool' ? `bots on ${server.bots.threads} worker thread(s)` : 'bots on the event loop';
  console.log(`GPU Race classroom server on port ${bound}${redis ? ' (Redis)' : ''}, ${bots}; resumed ${server.resumed.length} game(s).`);
  console.log(`Open http://localhost:${bound}/ here; teams open ${addrs.length ? addrs.map((a) => `http://${a}:${bound}/`).join(' or ') : `this machine's address, port ${bound}`}`);
  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
