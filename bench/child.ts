// The benchmark's parts run in child processes: each catalog is built, loaded
// and measured in a fresh Node, so one catalog's garbage, JIT state or memory
// never shows in another's figures. A child prints one JSON line last.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Runs `script` (a path next to this file, as built) with one JSON argument; resolves its last stdout line, parsed. */
export function runChild<T>(script: string, arg: unknown, nodeFlags: string[] = []): Promise<T> {
  const path = fileURLToPath(new URL(script, import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeFlags, path, JSON.stringify(arg)], { stdio: ['ignore', 'pipe', 'inherit'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      const lines = Buffer.concat(chunks).toString('utf8').trim().split('\n');
      if (code !== 0) { reject(new Error(`${script} exited with ${code}`)); return; }
      try { resolve(JSON.parse(lines[lines.length - 1] ?? '') as T); } catch (err) { reject(err as Error); }
    });
  });
}

/** For a child: its JSON argument. */
export function childArg<T>(): T {
  return JSON.parse(process.argv[2] ?? '{}') as T;
}

/** For a child: prints the result as its last line; a failure prints a line to stderr and exits 1. */
export function childMain<T>(main: () => Promise<T> | T): void {
  Promise.resolve().then(main).then((result) => {
    process.stdout.write(`${JSON.stringify(result)}\n`);
  }, (err: unknown) => {
    process.stderr.write(`bench: ${(err as Error).stack ?? String(err)}\n`);
    process.exitCode = 1;
  });
}

export function progress(line: string): void {
  process.stderr.write(`${line}\n`);
}
