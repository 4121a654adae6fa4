/**
 * Sending benchmark (dev only: needs the devDependencies smtp-server and selfsigned): delivers the
 * seed week's digest to 200 recipients through `sendDigest` — the real pooled transport, STARTTLS
 * with a self-signed certificate, AUTH, the ledger — against smtp-server on 127.0.0.1, with and
 * without a rate limit, and compares the measured time with the time the limit allows at best:
 * (ceil(n / rateLimit) - 1) * rateDeltaMs. Writes bench/results-send.json.
 *
 *   npm run bench:send
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { generate } from 'selfsigned';
import { SMTPServer } from 'smtp-server';
import { buildWeek } from '../buildWeek.js';
import { loadDigestMail } from '../deliver/loadDigestMail.js';
import { sendDigest } from '../deliver/sendDigest.js';
import { readArticles } from '../ingest/readArticles.js';
import { PACKAGE_ROOT } from '../paths.js';

const N = 200;
const POOL = 3;
const REPEAT = 3;
const RUNS: { rateLimit: number; rateDeltaMs: number }[] = [
  { rateLimit: 100_000, rateDeltaMs: 1000 }, // effectively none: the pool's own speed
  { rateLimit: 50, rateDeltaMs: 1000 },
  { rateLimit: 20, rateDeltaMs: 500 },
];

async function main(): Promise<void> {
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec', curve: 'P-256', algorithm: 'sha256',
    extensions: [{ name: 'basicConstraints', cA: true }, { name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }],
  });
  const work = mkdtempSync(path.join(os.tmpdir(), 'geodigest-sendbench-'));
  const caFile = path.join(work, 'ca.pem');
  writeFileSync(caFile, pems.cert);
  const { articles } = await readArticles(path.join(PACKAGE_ROOT, 'seeds'));
  const built = await buildWeek(articles);
  const recipients = Array.from({ length: N }, (_, i) => ({ address: `reader${i}@example.com` }));

  const once = async (run: { rateLimit: number; rateDeltaMs: number }, attempt: number) => {
    const received: string[] = [];
    const sending = new Set<string>();
    let maxConcurrent = 0;
    const server = new SMTPServer({
      key: pems.private, cert: pems.cert, authMethods: ['PLAIN'], logger: false, closeTimeout: 200,
      onAuth: (auth, _s, cb) => (auth.password === 'bench' ? cb(null, { user: auth.username }) : cb(new Error('no'))),
      onMailFrom: (_a, session, cb) => {
        sending.add(session.id);
        maxConcurrent = Math.max(maxConcurrent, sending.size);
        cb();
      },
      onClose: (session) => sending.delete(session.id),
      onData: (stream, session, cb) => {
        stream.resume();
        stream.on('end', () => {
          received.push(...session.envelope.rcptTo.map((r) => r.address));
          cb(null, 'queued');
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const dir = path.join(work, `run-${run.rateLimit}-${run.rateDeltaMs}-${attempt}`);
    mkdirSync(dir, { recursive: true });
    const mail = await loadDigestMail({ dir, files: built.files });
    const started = performance.now();
    const report = await sendDigest({
      dir, mail, recipients,
      from: { address: 'digest@example.com', name: 'Geodigest' },
      subject: 'Week 20 · bench',
      smtp: { host: '127.0.0.1', port, secure: false, user: 'digest', password: 'bench', ca: { file: caFile, pem: pems.cert }, insecureLoopback: false, warnings: [] },
      pool: { maxConnections: POOL, rateLimit: run.rateLimit, rateDeltaMs: run.rateDeltaMs },
      retries: { max: 2, backoffMs: 50 },
      timeoutMs: 30_000,
    });
    const measuredMs = Math.round(performance.now() - started);
    await new Promise<void>((resolve) => server.close(() => resolve()));
    return { measuredMs, sent: report.sent.length, failed: report.failed.length, delivered: received.length, deliveredUnique: new Set(received).size, maxConcurrent };
  };

  const results = [];
  for (const run of RUNS) {
    const runs = [];
    for (let i = 0; i < REPEAT; i++) runs.push(await once(run, i));
    const times = runs.map((r) => r.measuredMs).sort((a, b) => a - b);
    const measuredMs = times[Math.floor(times.length / 2)]!;
    const limited = run.rateLimit < N;
    const theoreticalMs = limited ? (Math.ceil(N / run.rateLimit) - 1) * run.rateDeltaMs : null;
    results.push({
      ...run,
      limited,
      theoreticalMinMs: theoreticalMs,
      measuredMedianMs: measuredMs,
      measuredMs: runs.map((r) => r.measuredMs),
      medianOverTheoretical: theoreticalMs ? Number((measuredMs / theoreticalMs).toFixed(3)) : null,
      messagesPerSecond: Number((N / (measuredMs / 1000)).toFixed(1)),
      everyRunDeliveredEachOnce: runs.every((r) => r.sent === N && r.failed === 0 && r.delivered === N && r.deliveredUnique === N),
      maxConcurrentConnections: Math.max(...runs.map((r) => r.maxConcurrent)),
    });
    console.log(JSON.stringify(results.at(-1)));
  }
  rmSync(work, { recursive: true, force: true });
  const out = {
    benchmark: 'send: 200 recipients, pool of 3, STARTTLS + AUTH to smtp-server on 127.0.0.1',
    date: new Date().toISOString(),
    node: process.version,
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? 'unknown', loadAverage: os.loadavg().map((l) => Number(l.toFixed(2))) },
    repeats: REPEAT,
    recipients: N,
    maxConnections: POOL,
    note: 'theoreticalMinMs = (ceil(recipients / rateLimit) - 1) * rateDeltaMs: the rate limit lets the first window start at once; the unlimited run shows the pool\'s own cost per message (client and server share this machine). Median of the repeats.',
    results,
  };
  const dir = path.join(PACKAGE_ROOT, 'bench');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'results-send.json'), `${JSON.stringify(out, null, 2)}\n`);
  console.log(`wrote ${path.join('bench', 'results-send.json')}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
