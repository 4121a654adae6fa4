/** Limits for fetching a feed. */
export interface FetchFeedOptions {
  /** Give up after this long, for the whole request including the body. */
  timeoutMs: number;
  /** Refuse bodies larger than this. */
  maxBytes: number;
}

/** A fetched feed's bytes and the charset its server named, or why there are none. */
export type FetchedFeed = { bytes: Uint8Array; charset?: string; url: string } | { problem: string };

/**
 * Fetches a feed over HTTP(S) with the runtime's `fetch`, within a time limit (connection, headers
 * and body together) and a size limit (checked against `Content-Length` and while streaming, so
 * an endless body is cut off). Redirects are followed. Never throws: problems come back as a
 * sentence for the user (timeout, HTTP status, size, network error).
 */
export async function fetchFeed(url: string, options: FetchFeedOptions): Promise<FetchedFeed> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { problem: 'not a URL; write it as https://example.com/feed.xml' };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { problem: `only http and https feeds can be fetched, not ${parsed.protocol}` };
  const signal = AbortSignal.timeout(options.timeoutMs);
  const seconds = `${+(options.timeoutMs / 1000).toFixed(1)} s`;
  try {
    const res = await fetch(parsed, {
      signal,
      redirect: 'follow',
      headers: { accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1', 'user-agent': 'geodigest (feed reader)' },
    });
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined);
      return { problem: `the server answered HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}; check the URL, or try again later` };
    }
    const length = Number(res.headers.get('content-length') ?? NaN);
    if (length > options.maxBytes) {
      await res.body?.cancel().catch(() => undefined);
      return { problem: `the feed is ${length} bytes, over the limit of ${options.maxBytes}; raise input.feedMaxMegabytes in the config if it is right` };
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    if (res.body) {
      const reader = res.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > options.maxBytes) {
          await reader.cancel().catch(() => undefined);
          return { problem: `the feed is over the limit of ${options.maxBytes} bytes; raise input.feedMaxMegabytes in the config if it is right` };
        }
        chunks.push(value);
      }
    }
    const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(res.headers.get('content-type') ?? '')?.[1];
    return { bytes: Buffer.concat(chunks, size), url: res.url || url, ...(charset ? { charset } : {}) };
  } catch (err) {
    if (signal.aborted) return { problem: `no complete answer within ${seconds}; the server is slow or down (raise input.feedTimeoutSeconds in the config if it is just slow)` };
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    return { problem: `cannot fetch it (${cause?.code ?? cause?.message ?? (err as Error).message})` };
  }
}
