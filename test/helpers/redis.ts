// A real redis-server for tests, on a free loopback port, with no config file
// and nothing written to disk (`--save "" --appendonly no`). It is started and
// stopped by pid; `restart` brings it back on the same port, as a Redis that
// went away and returned. No mock stands in for it: when redis-server is not
// installed the test fails, saying how to install it.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createConnection, createServer, type AddressInfo } from 'node:net';

const BINARY = process.env.REDIS_SERVER_BIN ?? 'redis-server';
const READY_MS = 10_000;
const INSTALL_HINT = 'redis-server is not installed: the Redis tests need the real server (Debian: `apt-get install -y redis-server`; .ci/run does this)';

export interface TestRedis {
  url: string;
  port: number;
  /** SIGTERM by pid; resolves when it has exited. */
  stop(): Promise<void>;
  /** SIGKILL by pid: a Redis that vanishes without closing its connections cleanly. */
  kill(): Promise<void>;
  /** Starts it again on the same port (stopping it first if it still runs); resolves once it answers PING. */
  restart(): Promise<void>;
  /** SIGSTOP: connections stay open and nothing answers, as across a network partition. */
  freeze(): void;
  /** SIGCONT after `freeze`. */
  thaw(): void;
}

async function freeLoopbackPort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as AddressInfo;
  await new Promise((r) => probe.close(r));
  return port;
}

/** One inline PING over a fresh socket: true when the server answers +PONG. */
function pings(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    let reply = '';
    const done = (ok: boolean): void => { socket.destroy(); resolve(ok); };
    socket.setTimeout(1000, () => done(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (c: Buffer) => { reply += c.toString('latin1'); if (reply.includes('\r\n')) done(reply.startsWith('+PONG')); });
    socket.on('error', () => done(false));
  });
}

interface Running { child: ChildProcess; exited: Promise<void>; output: () => string }

function spawnRedis(port: number): Running {
  const child = spawn(BINARY, ['--save', '', '--appendonly', 'no', '--port', String(port), '--bind', '127.0.0.1'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => { output += c.toString('utf8'); });
  child.stderr!.on('data', (c: Buffer) => { output += c.toString('utf8'); });
  const exited = new Promise<void>((resolve) => {
    child.on('exit', () => resolve());
    // ENOENT: no exit event follows; the caller turns it into the install hint.
    child.on('error', () => resolve());
  });
  return { child, exited, output: () => output };
}

/** Resolves when the server answers PING; fails with its output when it exits first or never answers. */
async function ready(run: Running, port: number): Promise<void> {
  let spawnError: NodeJS.ErrnoException | null = null;
  run.child.once('error', (err) => { spawnError = err; });
  let gone = false;
  void run.exited.then(() => { gone = true; });
  const deadline = Date.now() + READY_MS;
  while (Date.now() < deadline) {
    if (spawnError) {
      const err = spawnError as NodeJS.ErrnoException;
      throw new Error(err.code === 'ENOENT' ? INSTALL_HINT : `redis-server failed to start: ${err.message}`);
    }
    if (gone) throw new Error(`redis-server exited at start on port ${port}: ${run.output().slice(-1500)}`);
    if (await pings(port)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  run.child.kill('SIGKILL');
  throw new Error(`redis-server on port ${port} did not answer PING within ${READY_MS} ms: ${run.output().slice(-1500)}`);
}

async function end(run: Running | null, signal: NodeJS.Signals): Promise<void> {
  if (!run || run.child.exitCode !== null || run.child.signalCode !== null) return;
  // A frozen server acts on SIGTERM only once it runs again.
  run.child.kill('SIGCONT');
  run.child.kill(signal);
  await run.exited;
}

export async function startRedis(): Promise<TestRedis> {
  let port = 0;
  let run: Running | null = null;
  // A port found free can be taken before redis binds it: try a few.
  for (let attempt = 0; attempt < 3 && !run; attempt++) {
    port = await freeLoopbackPort();
    const candidate = spawnRedis(port);
    try {
      await ready(candidate, port);
      run = candidate;
    } catch (err) {
      await end(candidate, 'SIGKILL');
      const message = (err as Error).message;
      if (message === INSTALL_HINT || !/Address already in use/.test(message) || attempt === 2) throw err;
    }
  }
  // A test process that dies must not leave its server behind.
  const orphan = (): void => { run?.child.kill('SIGCONT'); run?.child.kill('SIGKILL'); };
  process.once('exit', orphan);
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    stop: () => end(run, 'SIGTERM'),
    kill: () => end(run, 'SIGKILL'),
    freeze: () => { run?.child.kill('SIGSTOP'); },
    thaw: () => { run?.child.kill('SIGCONT'); },
    restart: async () => {
      await end(run, 'SIGTERM');
      const again = spawnRedis(port);
      await ready(again, port);
      run = again;
    },
  };
}
