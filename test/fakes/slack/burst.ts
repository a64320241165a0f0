// Sends signed requests to the app all at once from a worker thread (burst.mjs),
// as Slack would from its own machines. Times are epoch milliseconds with
// sub-millisecond precision, comparable across threads (`epochNow`).
import { once } from 'node:events';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { slackSignature } from './signed.js';

export interface BurstRequest { body: string; contentType: string; headers?: Record<string, string> }
export interface BurstResult { status: number; text: string; start: number; end: number; error: string | null }

export const epochNow = (): number => performance.timeOrigin + performance.now();

export async function sendBurst(url: string, secret: string, requests: readonly BurstRequest[]): Promise<BurstResult[]> {
  const timestamp = Math.floor(Date.now() / 1000);
  const signed = requests.map((r) => ({
    url, body: r.body,
    headers: {
      'content-type': r.contentType, 'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': slackSignature(secret, timestamp, r.body), ...r.headers,
    },
  }));
  const worker = new Worker(resolve(import.meta.dirname, 'burst.mjs'), { workerData: { requests: signed } });
  const [results] = await once(worker, 'message') as [BurstResult[]];
  await worker.terminate();
  return results;
}
