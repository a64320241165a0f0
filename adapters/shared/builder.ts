// How a running bot rebuilds its catalog: in a worker thread, so answers go on
// meanwhile. Run from the TypeScript sources (the tests) there is no compiled
// worker to start, and the build runs on this thread instead.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ensureCatalog, type BuildResult } from '../../src/catalog/build.js';
import type { Builder } from './reload.js';

const WORKER = new URL('./buildWorker.js', import.meta.url);

export const buildOffThread: Builder = (dir, db) => {
  if (!existsSync(fileURLToPath(WORKER))) return ensureCatalog(dir, db);
  return new Promise<BuildResult>((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: { dir, db } });
    let result: BuildResult | undefined;
    worker.once('message', (m: BuildResult) => { result = m; });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (result) resolve(result);
      else reject(new Error(`catalog build worker exited with ${code} before it answered`));
    });
  });
};
