/**
 * The worker thread of `ExtractorPool`: extracts the events of each article it is sent, one at a
 * time, and sends back what came of it with the task's number.
 */
import { parentPort } from 'node:worker_threads';
import { extractArticle } from './extractArticle.js';
import { ExtractorPool, type PoolReply, type PoolTask } from './ExtractorPool.js';

if (!parentPort) throw new Error('extractEventsWorker runs in a worker thread (see ExtractorPool)');
const port = parentPort;
port.on('message', (task: PoolTask) => {
  const reply: PoolReply = { id: task.id, outcome: extractArticle(task.article) };
  port.postMessage(reply);
});
port.postMessage(ExtractorPool.READY);
