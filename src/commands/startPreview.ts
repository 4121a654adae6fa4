import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { buildWeek, type BuildWeekOptions } from '../buildWeek.js';
import { formatDiagnostic, type Diagnostic } from '../diagnostics/Diagnostic.js';
import { readArticles, type ReadArticlesOptions } from '../ingest/readArticles.js';
import { escapeXml } from '../render/escapeXml.js';

/** What to preview and where. */
export interface PreviewOptions {
  /** Folder (or file) of articles. */
  input: string;
  read?: ReadArticlesOptions;
  build?: BuildWeekOptions;
  /** The layout; its folder (partials, includes) is watched. */
  templatePath: string;
  /** More paths to watch (the config file). */
  watch?: string[];
  /** 0 for any free port. */
  port?: number;
  /** Poll the files instead of using the system's file events (network drives, containers). */
  usePolling?: boolean;
  /** Told about each rebuild (`ok` or the error). */
  onBuild?: (report: { ok: boolean; version: number; message: string; diagnostics: Diagnostic[] }) => void;
}

/** A running preview. */
export interface Preview {
  url: string;
  /** Increases with every successful rebuild. */
  version(): number;
  /** Resolves when a build that starts after this call has finished, so it has read any change made since (for tests and scripts). */
  nextBuild(): Promise<void>;
  close(): Promise<void>;
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.md': 'text/markdown; charset=utf-8',
  '.json': 'application/json', '.ics': 'text/calendar; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.mjml': 'text/plain; charset=utf-8',
};

/**
 * Serves a week's digest on 127.0.0.1 and rebuilds it in memory when an article, a template or the
 * config file changes. `/` is a page that shows the email at 600 or 375 px (reloading itself after
 * each rebuild, through server-sent events), the timeline picture and links to every file;
 * `/digest.html`, `/timeline.png`, `/report.md`… are the files as `build` writes them. A broken
 * template or article shows its error on the page and keeps the last good digest.
 *
 * @example
 * const preview = await startPreview({ input: 'seeds', templatePath: 'templates/digest.mjml', port: 0 });
 */
export async function startPreview(options: PreviewOptions): Promise<Preview> {
  let files = new Map<string, string | Uint8Array>();
  let version = 0;
  let status = { ok: true, message: 'building…', diagnostics: [] as Diagnostic[] };
  /** Builds started so far; a waiter is woken by the first build that starts after it asked. */
  let started = 0;
  let waiters: { after: number; resolve: () => void }[] = [];
  const clients = new Set<ServerResponse>();
  let running: Promise<void> | undefined;
  let again = false;

  const build = async () => {
    const id = ++started;
    try {
      const read = await readArticles(options.input, options.read);
      const result = await buildWeek(read.articles, { ...options.build, templatePath: options.templatePath });
      files = new Map(result.files.map((f) => [f.name, f.content]));
      version++;
      status = { ok: true, message: `${result.week.id}: ${result.digest.timeline.length} events, version ${version}`, diagnostics: [...read.diagnostics, ...result.diagnostics] };
    } catch (err) {
      status = { ok: false, message: (err as Error).message, diagnostics: [] };
    }
    options.onBuild?.({ ...status, version });
    for (const c of clients) c.write(`data: ${JSON.stringify({ version, ok: status.ok })}\n\n`);
    // A build already under way when someone asked may have read the files before their change.
    const woken = waiters.filter((w) => w.after < id);
    waiters = waiters.filter((w) => w.after >= id);
    for (const w of woken) w.resolve();
  };
  const rebuild = () => {
    if (running) {
      again = true;
      return;
    }
    running = build().finally(() => {
      running = undefined;
      if (again) {
        again = false;
        rebuild();
      }
    });
  };
  await build();

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(`data: ${JSON.stringify({ version, ok: status.ok })}\n\n`);
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' });
      res.end(shell(status, [...files.keys()]));
      return;
    }
    const name = decodeURIComponent(url.pathname.slice(1));
    const body = files.get(name);
    if (body === undefined) {
      res.writeHead(404, { 'content-type': TYPES['.txt']! });
      res.end(`no ${name} in this digest\n`);
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(name)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4321, '127.0.0.1', () => resolve());
  });

  // Native file events first; if the system refuses them (inotify limits reached: EMFILE/ENOSPC),
  // say so and fall back to polling rather than silently never rebuilding.
  const watched = [options.input, path.dirname(options.templatePath), ...(options.watch ?? [])];
  const startWatcher = async (usePolling: boolean): Promise<FSWatcher> => {
    const w = watch(watched, { ignoreInitial: true, usePolling, interval: 250, awaitWriteFinish: { stabilityThreshold: 60, pollInterval: 20 } });
    w.on('all', rebuild);
    w.on('error', (err) => {
      if (usePolling || closed) {
        options.onBuild?.({ ok: false, version, message: `watching failed: ${(err as Error).message}`, diagnostics: [] });
        return;
      }
      options.onBuild?.({ ok: true, version, message: `file events unavailable (${(err as Error).message}); polling every 250 ms instead`, diagnostics: [] });
      void w.close();
      watcher = startWatcher(true);
    });
    await new Promise<void>((resolve) => w.once('ready', () => resolve()));
    return w;
  };
  let closed = false;
  let watcher: Promise<FSWatcher> = startWatcher(options.usePolling ?? false);
  await watcher;
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    version: () => version,
    nextBuild: () => new Promise<void>((resolve) => waiters.push({ after: started, resolve })),
    async close() {
      closed = true;
      await (await watcher).close();
      for (const c of clients) c.end();
      // A browser keeps idle connections open, which would hold the server open with them.
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The preview page: the email in a frame at 600 or 375 px, the picture, the files, any errors. */
function shell(status: { ok: boolean; message: string; diagnostics: Diagnostic[] }, names: string[]): string {
  const problems = status.diagnostics.filter((d) => d.severity !== 'info').map((d) => `<li>${escapeXml(formatDiagnostic(d))}</li>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>geodigest preview</title>
<style>
body{margin:0;font:14px/1.5 system-ui,sans-serif;background:#e9e6de;color:#1a1a1a}
header{padding:10px 16px;background:#1a1a1a;color:#f3f1ea;display:flex;gap:16px;flex-wrap:wrap;align-items:center}
header a,header button{color:#f3f1ea}
button{background:none;border:1px solid #777;border-radius:4px;padding:2px 10px;cursor:pointer}
button[aria-pressed=true]{background:#f3f1ea;color:#1a1a1a}
main{display:flex;flex-wrap:wrap;gap:24px;padding:16px;justify-content:center}
iframe{border:0;background:#fff;box-shadow:0 1px 6px rgba(0,0,0,.2);height:85vh}
.error{background:#fde7e7;color:#7a1010;padding:8px 16px;white-space:pre-wrap;margin:0}
section{max-width:600px}
</style></head><body>
<header><strong>geodigest preview</strong><span id="status">${escapeXml(status.message.split('\n')[0] ?? '')}</span>
<button id="w600" aria-pressed="true">600 px</button><button id="w375" aria-pressed="false">375 px</button>
${names.map((n) => `<a href="/${encodeURI(n)}" target="_blank">${escapeXml(n)}</a>`).join(' ')}</header>
${status.ok ? '' : `<pre class="error" id="error">${escapeXml(status.message)}</pre>`}
${problems ? `<ul class="error">${problems}</ul>` : ''}
<main><iframe id="email" title="The email" src="/digest.html" width="600"></iframe>
<section><h2>Timeline</h2><img src="/timeline.svg" alt="The timeline picture of this week and the next" width="552"></section></main>
<script>
const frame = document.getElementById('email');
for (const w of [600, 375]) document.getElementById('w' + w).onclick = () => {
  frame.width = w;
  for (const v of [600, 375]) document.getElementById('w' + v).setAttribute('aria-pressed', String(v === w));
};
// The first message is the state now; any later one means a rebuild (or a failed one): reload.
let first = true;
new EventSource('/events').onmessage = () => {
  if (!first) location.reload();
  first = false;
};
</script></body></html>`;
}
