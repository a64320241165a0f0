// A worker thread that plays Slack sending a burst: it fires every request it
// is given at once over node:http and reports when each answer came back. In
// its own thread, the cost of sending is not counted as the app's latency.
// Plain JavaScript: worker threads do not go through vitest's TypeScript loader.
import { Agent, request } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

const agent = new Agent({ keepAlive: true, maxSockets: Infinity });
const now = () => performance.timeOrigin + performance.now();

function send({ url, body, headers }) {
  const start = now();
  return new Promise((resolve) => {
    const req = request(url, { method: 'POST', agent, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8'), start, end: now(), error: null }));
      res.on('error', (err) => resolve({ status: 0, text: '', start, end: now(), error: err.code ?? err.message }));
    });
    req.on('error', (err) => resolve({ status: 0, text: '', start, end: now(), error: err.code ?? err.message }));
    req.end(body);
  });
}

const results = await Promise.all(workerData.requests.map(send));
agent.destroy();
parentPort.postMessage(results);
