import { readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ROOT } from '../helpers.js';

const MIXED = path.join(ROOT, 'tests', 'fixtures', 'ingest', 'mixed');

/** A feed server on 127.0.0.1 for tests: good feeds, errors, a server that never answers, endless bodies. */
export interface FeedServer {
  url: (route: string) => string;
  close: () => Promise<void>;
}

/**
 * Routes: /asia.xml, /africa.atom (fixtures), /latin1.xml (ISO-8859-1 per Content-Type),
 * /error (500), /hang (never answers), /drip (sends a byte every 100 ms, forever), /huge
 * (Content-Length 100 MB), /endless (chunked, no end), /html (an HTML page), /moved (302 to /asia.xml).
 */
export async function startFeedServer(): Promise<FeedServer> {
  const timers = new Set<NodeJS.Timeout>();
  const server: Server = createServer((req, res: ServerResponse) => {
    const send = (status: number, type: string, body: string | Buffer) => {
      res.writeHead(status, { 'content-type': type });
      res.end(body);
    };
    switch (req.url) {
      case '/asia.xml': return send(200, 'application/rss+xml; charset=utf-8', readFileSync(path.join(MIXED, 'asia-feed.xml')));
      case '/africa.atom': return send(200, 'application/atom+xml', readFileSync(path.join(MIXED, 'africa.atom')));
      case '/latin1.xml': return send(200, 'application/rss+xml; charset=ISO-8859-1', Buffer.from('<rss version="2.0"><channel><title>Montr\xe9al Wire</title><item><title>Caf\xe9 talks</title><pubDate>Tue, 14 May 2024 09:00:00 GMT</pubDate><description>Talks in Montr\xe9al on Friday.</description></item></channel></rss>', 'latin1'));
      case '/error': return send(500, 'text/html', '<h1>Internal Server Error</h1>');
      case '/html': return send(200, 'text/html', '<!DOCTYPE html>\n<html><body><p>Welcome to our site<br></p></body></html>');
      case '/moved': res.writeHead(302, { location: '/asia.xml' }); return res.end();
      case '/hang': return; // never answers
      case '/drip': {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.write('<rss>');
        const t = setInterval(() => res.write(' '), 100);
        timers.add(t);
        res.on('close', () => clearInterval(t));
        return;
      }
      case '/huge': res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': String(100 << 20) }); return res.write('<rss>');
      case '/endless': {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        const chunk = Buffer.alloc(64 * 1024, 0x20);
        const pump = () => { while (res.write(chunk)) { /* fill the socket */ } };
        res.on('drain', pump);
        pump();
        return;
      }
      default: return send(404, 'text/plain', 'not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (route) => `http://127.0.0.1:${port}${route}`,
    close: () => new Promise<void>((resolve) => {
      for (const t of timers) clearInterval(t);
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
