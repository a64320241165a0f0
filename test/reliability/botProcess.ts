// Runs `npm start` as a user would (node, with the start script's flags, dist/adapters/main.js) in a child
// process, with only the environment a test gives it and a working folder
// without a .env file. The compiled code is the project's dist/ when it is newer
// than every source file; otherwise the sources are built once into a temporary
// folder named after their state, shared by the test files of a run (the shared
// dist/ is left alone: others may be building it).
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serverNodeFlags } from '../../bench/measure/serverFlags.js';

const ROOT = resolve(import.meta.dirname, '../..');
const SOURCES = ['src', 'adapters'];
const PREFIX = 'avail-dist-';
const DONE = 'built';
const STALE_MS = 60 * 60 * 1000;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') ? [path] : [];
  });
}

export interface Build { main: string }

/** Builds into a fresh folder, then renames it into place: a folder under the final name is always complete. */
function buildInto(target: string): void {
  const out = mkdtempSync(join(tmpdir(), `${PREFIX}tmp-`));
  try {
    // Packages resolve from the compiled files' folder upwards.
    symlinkSync(join(ROOT, 'node_modules'), join(out, 'node_modules'), 'dir');
    execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json'), '--outDir', join(out, 'dist')], { stdio: 'pipe' });
    writeFileSync(join(out, DONE), '');
    renameSync(out, target);
  } catch (err) {
    rmSync(out, { recursive: true, force: true });
    // Another test file of this run built the same sources first.
    if (!existsSync(join(target, DONE))) throw err;
  }
}

/** Builds of sources that have changed since are of no more use. */
function prune(keep: string): void {
  for (const name of readdirSync(tmpdir())) {
    const path = join(tmpdir(), name);
    if (!name.startsWith(PREFIX) || path === keep) continue;
    try {
      if (Date.now() - statSync(path).mtimeMs > STALE_MS) rmSync(path, { recursive: true, force: true });
    } catch { /* gone already */ }
  }
}

/** The compiled entry point: dist/ when it is newer than the sources, else a build of the sources as they are. */
export function builtEntry(): Build {
  const files = SOURCES.flatMap((d) => sourceFiles(join(ROOT, d))).sort();
  const stats = files.map((f) => statSync(f));
  const shared = join(ROOT, 'dist/adapters/main.js');
  const newest = Math.max(...stats.map((st) => st.mtimeMs));
  if (existsSync(shared) && statSync(shared).mtimeMs > newest) return { main: shared };
  const key = createHash('sha256');
  files.forEach((f, i) => key.update(`${f}\0${stats[i]!.mtimeMs}\0${stats[i]!.size}\0`));
  const target = join(tmpdir(), `${PREFIX}${key.digest('hex').slice(0, 16)}`);
  prune(target);
  if (existsSync(join(target, DONE))) utimesSync(target, new Date(), new Date());
  else buildInto(target);
  return { main: join(target, 'dist/adapters/main.js') };
}

export interface Exit { code: number | null; signal: NodeJS.Signals | null }

export class BotProcess {
  stdout = '';
  stderr = '';
  readonly exited: Promise<Exit>;
  private readonly child: ChildProcess;
  private readonly cwd: string;
  private readonly waiters = new Set<() => void>();

  /** With `input`, standard input is a pipe the test types into (the terminal chat); without, it is closed. */
  constructor(main: string, env: Record<string, string>, options: { input?: boolean } = {}) {
    this.cwd = mkdtempSync(join(tmpdir(), 'avail-run-'));
    // Nothing inherited: a developer's real tokens in the shell must not reach the test's process.
    this.child = spawn(process.execPath, [...serverNodeFlags(), main], { cwd: this.cwd, env: { PATH: process.env.PATH ?? '', ...env },
      stdio: [options.input ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
    this.child.stdout!.on('data', (c: Buffer) => { this.stdout += c.toString('utf8'); this.changed(); });
    this.child.stderr!.on('data', (c: Buffer) => { this.stderr += c.toString('utf8'); this.changed(); });
    this.exited = new Promise((resolveExit) => {
      this.child.on('exit', (code, signal) => {
        // Let the pipes deliver what was written just before the exit.
        setTimeout(() => { this.changed(); resolveExit({ code, signal }); }, 50);
      });
    });
    void this.exited.then(() => rmSync(this.cwd, { recursive: true, force: true }));
  }

  get output(): string {
    return this.stdout + this.stderr;
  }

  /** The JSON log lines (pino writes to stderr), parsed. */
  logs(): Record<string, unknown>[] {
    return this.stderr.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
  }

  /** Index of the first log line whose msg is `msg`, or -1. */
  logIndex(msg: string): number {
    return this.logs().findIndex((l) => l.msg === msg);
  }

  /** Resolves when the output matches `pattern`; fails after `timeoutMs` or when the process exits first. */
  async waitFor(pattern: RegExp, timeoutMs = 10_000): Promise<void> {
    let exitedFirst = false;
    void this.exited.then(() => { exitedFirst = true; this.changed(); });
    await new Promise<void>((resolveWait, reject) => {
      const check = (): void => {
        if (pattern.test(this.output)) { done(); resolveWait(); return; }
        if (exitedFirst) { done(); reject(new Error(`bot exited before ${pattern}: ${this.output.slice(-2000)}`)); }
      };
      const timer = setTimeout(() => { done(); reject(new Error(`bot never printed ${pattern}: ${this.output.slice(-2000)}`)); }, timeoutMs);
      const done = (): void => { clearTimeout(timer); this.waiters.delete(check); };
      this.waiters.add(check);
      check();
    });
  }

  /** Types one line into the process's standard input (only with `input`). */
  type(line: string): void {
    this.child.stdin!.write(`${line}\n`);
  }

  /** Closes standard input, as Ctrl-D does. */
  endInput(): void {
    this.child.stdin!.end();
  }

  signal(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }

  /** For cleanup after a failed test: the process must not outlive it. */
  async kill(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    await this.exited;
  }

  private changed(): void {
    for (const w of [...this.waiters]) w();
  }
}

/** The config failures exit at once: their whole output and exit code. */
export async function runToExit(main: string, env: Record<string, string>, timeoutMs = 15_000): Promise<{ exit: Exit; stdout: string; stderr: string }> {
  const bot = new BotProcess(main, env);
  const timer = setTimeout(() => { void bot.kill(); }, timeoutMs);
  const exit = await bot.exited;
  clearTimeout(timer);
  return { exit, stdout: bot.stdout, stderr: bot.stderr };
}
