// `npm run bench:state`: what sharing state in Redis adds to one chat turn, in
// one run, side by side with the memory store (the default). The same turns
// (a conversation's memory read and written, two rate-limit counts, the core's
// answer) go through the one turn pipeline with each store, in alternating
// rounds, so the machine's noise falls on both alike. Redis is a real
// redis-server started on a free loopback port for the run.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { ensureCatalog } from '../src/catalog/build.js';
import { createCore, openCatalog } from '../src/index.js';
import { InFlight } from '../adapters/shared/inflight.js';
import { createLogger } from '../adapters/shared/logger.js';
import { createTurns, type Turns } from '../adapters/shared/turn.js';
import { MemoryStore } from '../adapters/state/memory.js';
import { RedisStore } from '../adapters/state/redis.js';
import type { StateStore } from '../adapters/state/store.js';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const ROUNDS = 10;
const TURNS = 400;
const QUESTIONS = ['is redmi sold in sweden?', 'and in denmark?', 'where can i buy mi phones?', 'e in italia?', 'which retailers sell xiaomi in spain?'];

async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as AddressInfo;
  await new Promise((r) => probe.close(r));
  return port;
}

async function startRedis(): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const child = spawn('redis-server', ['--save', '', '--appendonly', 'no', '--port', String(port), '--bind', '127.0.0.1'], { stdio: 'ignore' });
  child.on('error', () => { process.stderr.write('bench:state needs redis-server (Debian: apt-get install -y redis-server)\n'); process.exit(2); });
  const url = `redis://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    probe.on('error', () => {});
    try { await probe.connect(); await probe.ping(); probe.disconnect(); return { url, stop: () => child.kill('SIGTERM') }; } catch { probe.disconnect(); }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('redis-server did not answer');
}

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

interface Times { reply: number[]; turn: number[] }

/** Each turn's time to its reply (what the asker waits for) and to its end (the memory written too). */
async function round(turns: Turns, times: Times, offset: number): Promise<void> {
  for (let i = 0; i < TURNS; i++) {
    const t = process.hrtime.bigint();
    await turns.run({
      handler: 'bench', where: {}, user: `u${(offset + i) % 5000}`, conversation: `c${(offset + i) % 50}`, ask: QUESTIONS[i % QUESTIONS.length]!,
    }, { render: (a) => a, reply: async () => { times.reply.push(Number(process.hrtime.bigint() - t) / 1e3); }, notice: async () => {} });
    times.turn.push(Number(process.hrtime.bigint() - t) / 1e3);
  }
}

async function main(): Promise<void> {
  const file = resolve(ROOT, 'data/catalog.sqlite');
  const built = await ensureCatalog(resolve(ROOT, 'data/catalog'), file);
  if (!built.ok) throw new Error('the shipped catalog did not build');
  const core = createCore({ catalog: openCatalog(file), eager: true });
  const logger = createLogger('silent');
  const redis = await startRedis();
  const stores: Record<string, StateStore> = {
    memory: new MemoryStore().scoped('bench'),
    redis: await RedisStore.connect(redis.url, 'bench', logger),
  };
  const rateLimit = { max: 1_000_000, windowMs: 60_000 };
  const pipelines = Object.fromEntries(Object.entries(stores).map(([name, state]) => [name,
    createTurns({ core, inflight: new InFlight(logger, name), logger, state, rateLimit, memoryTtlMs: 600_000 })]));
  const times: Record<string, Times> = { memory: { reply: [], turn: [] }, redis: { reply: [], turn: [] } };
  // One warm-up round each, not counted.
  for (const name of Object.keys(stores)) await round(pipelines[name]!, { reply: [], turn: [] }, 0);
  for (let r = 0; r < ROUNDS; r++) {
    for (const name of r % 2 === 0 ? ['memory', 'redis'] : ['redis', 'memory']) await round(pipelines[name]!, times[name]!, r * TURNS);
  }
  const stats = (list: number[]): { p50: number; p99: number } => {
    const sorted = [...list].sort((a, b) => a - b);
    return { p50: pct(sorted, 0.5), p99: pct(sorted, 0.99) };
  };
  const row = (name: string): string => {
    const r = stats(times[name]!.reply);
    const t = stats(times[name]!.turn);
    return `${name.padEnd(7)} ${r.p50.toFixed(0).padStart(12)} ${r.p99.toFixed(0).padStart(12)} ${t.p50.toFixed(0).padStart(12)} ${t.p99.toFixed(0).padStart(12)}\n`;
  };
  process.stdout.write(`turns per store: ${ROUNDS * TURNS} (alternating rounds of ${TURNS}), the shipped catalog, Redis on loopback\n`);
  process.stdout.write(`store   reply p50 µs reply p99 µs  turn p50 µs  turn p99 µs\n${row('memory')}${row('redis')}`);
  const added = stats(times.redis!.reply).p99 - stats(times.memory!.reply).p99;
  const addedTurn = stats(times.redis!.turn).p99 - stats(times.memory!.turn).p99;
  process.stdout.write(`added by redis at p99: ${added.toFixed(0)} µs to the reply, ${addedTurn.toFixed(0)} µs to the whole turn (target ≤ 1000 µs): ${added <= 1000 ? 'met' : 'missed'}\n`);
  for (const s of Object.values(stores)) await s.close();
  core.close();
  redis.stop();
}

main().catch((err: unknown) => { process.stderr.write(`bench:state failed: ${(err as Error).message}\n`); process.exit(1); });
