// The worker a live reload builds the catalog in: reading and writing a large
// catalog takes seconds, and on the answering thread every user would wait.
import { parentPort, workerData } from 'node:worker_threads';
import { ensureCatalog } from '../../src/catalog/build.js';

const { dir, db } = workerData as { dir: string; db: string };
parentPort?.postMessage(await ensureCatalog(dir, db));
