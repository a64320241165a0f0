// Time from process start to first answer, as a user of `ask` sees it: spawn
// `node dist/adapters/cli/ask.js "question"` on an already built catalog and
// wait for its first byte of output. `node -e` printing one byte is measured
// the same way, to show what Node alone costs on this machine.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../../adapters/shared/config.js';

function once(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const t = process.hrtime.bigint();
    let first = -1;
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (c: Buffer) => { err += c.toString(); });
    child.stdout.once('data', () => { first = Number(process.hrtime.bigint() - t) / 1e6; });
    child.stdout.resume();
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0 || first < 0) reject(new Error(`${args.join(' ')} exited with ${code}: ${err.trim().slice(0, 300)}`));
      else resolve(first);
    });
  });
}

export interface Startup { askMs: number[]; nodeMs: number[]; question: string }

/** `runs` measured starts of each, after one unmeasured start that fills the OS file cache. */
export async function measureStartup(catalogDir: string, catalogDb: string, question: string, runs: number): Promise<Startup> {
  const env = { ...process.env, CATALOG_DIR: catalogDir, CATALOG_DB: catalogDb, LOG_LEVEL: 'silent' };
  const ask = [join(projectRoot(), 'dist', 'adapters', 'cli', 'ask.js'), question];
  const node = ['-e', 'process.stdout.write("x")'];
  await once(ask, env);
  await once(node, env);
  const askMs: number[] = []; const nodeMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    askMs.push(await once(ask, env));
    nodeMs.push(await once(node, env));
  }
  return { askMs, nodeMs, question };
}
