// How a running bot rebuilds its catalog: in a child process, so answers go on
// meanwhile and the build's memory goes back to the system when it ends. Run
// from the TypeScript sources (the tests) there is no compiled builder to start,
// and the build runs in this process instead.
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ensureCatalog, type BuildResult } from '../../src/catalog/build.js';
import type { Builder } from './reload.js';

const BUILDER = fileURLToPath(new URL('./buildWorker.js', import.meta.url));

export const buildInChild: Builder = (dir, db) => {
  if (!existsSync(BUILDER)) return ensureCatalog(dir, db);
  return new Promise<BuildResult>((resolve, reject) => {
    // Its errors go to the bot's standard error (the log stream, never a chat). It gets none of the
    // bot's environment: a build needs no setting, and the tokens stay in the one process that uses them.
    const child = fork(BUILDER, [dir, db], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'], env: { PATH: process.env.PATH ?? '' } });
    let result: BuildResult | undefined;
    child.once('message', (m: BuildResult) => { result = m; });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (result) resolve(result);
      else reject(new Error(`catalog build process ended (${signal ?? code}) before it answered`));
    });
  });
};
