import { availableParallelism } from 'node:os';
import type { Article, ArticleInfo } from '../ingest/Article.js';
import type { ArticleOutcome } from './extractArticle.js';
import { ExtractorPool, MAX_WORKER_ARTICLE } from './ExtractorPool.js';

/** How to run the events stage over many articles. */
export interface ExtractArticlesOptions {
  /**
   * Worker threads that extract events (default: one per core); this thread then only reads
   * articles and passes results on. 1: no workers, every article is extracted on this thread.
   */
  threads?: number;
  /** A pool of workers already started, e.g. kept across builds; used whatever the count, and not closed here. */
  pool?: ExtractorPool;
  /**
   * Below this many articles everything is extracted on this thread: starting workers and warming
   * them up would cost more than they save (default: 500 when `threads` is left to its default;
   * 0, workers whatever the count, when `threads` is given).
   */
  minArticlesForThreads?: number;
}

/** One article, without its text, and what the events stage made of it. */
export interface ArticleEvents {
  article: ArticleInfo;
  outcome: ArticleOutcome;
}

/**
 * The default of `minArticlesForThreads` when the number of threads is not given. A worker takes
 * about half a second to start and each warms up its own compiled code, about a second of CPU for
 * two; without the tagger an article costs 2–3 ms on one thread, so on 2 cores workers pay off
 * from some hundreds of articles (measured: 255 TempEval-3 texts are as fast or faster on one thread).
 */
export const MIN_ARTICLES_FOR_THREADS = 500;

/** Articles sent to each worker ahead of its answers, so it never waits for this thread. */
const AHEAD_PER_WORKER = 4;

/**
 * The events of many articles, one result per article in their order, as `extractArticle` gives
 * them — on worker threads when there are many (`ExtractorPool`), else on this thread; the results
 * are the same either way. Articles are taken from `articles` only as workers free up (a few
 * each ahead), and a result is passed on as soon as those before it are, without the article's
 * text: a stream of any length goes through in bounded memory, as long as the consumer keeps up.
 * The thread that reads the results does no extracting, so its memory holds only what it keeps.
 *
 * @example
 * for await (const { article, outcome } of extractArticles(streamArticles('news/'), { threads: 2 })) {
 *   if ('error' in outcome) console.error(article.file, outcome.error);
 * }
 */
export async function* extractArticles(articles: Iterable<Article> | AsyncIterable<Article>, options: ExtractArticlesOptions = {}): AsyncGenerator<ArticleEvents> {
  const threads = options.pool?.threads ?? options.threads ?? availableParallelism();
  if (!Number.isInteger(threads) || threads < 1) throw new RangeError(`threads must be a whole number ≥ 1, not ${threads}`);
  const min = options.minArticlesForThreads ?? (options.threads === undefined ? MIN_ARTICLES_FOR_THREADS : 0);
  const iterator = Symbol.asyncIterator in articles ? articles[Symbol.asyncIterator]() : articles[Symbol.iterator]();
  let extract: ((article: Article) => ArticleOutcome) | undefined;
  const here = async (article: Article): Promise<ArticleEvents> => {
    extract ??= (await import('./extractArticle.js')).extractArticle;
    // Copied as a worker's answer is: strings cut from the text would otherwise keep all of it alive.
    return { article: infoOf(article), outcome: structuredClone(extract(article)) };
  };
  try {
    // Look ahead far enough to know whether workers are worth starting.
    const head: Article[] = [];
    let ended = false;
    if (threads > 1 && !options.pool) {
      while (head.length < min) {
        const next = await iterator.next();
        if (next.done) {
          ended = true;
          break;
        }
        head.push(next.value);
      }
    }
    if (!options.pool && (threads === 1 || ended)) {
      for (const article of head.splice(0)) yield await here(article);
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield await here(next.value);
      return;
    }
    const pool = options.pool ?? new ExtractorPool(threads);
    try {
      /** Results not passed on yet, by position; `taken` articles so far, `passed` results. */
      const ready = new Map<number, ArticleEvents>();
      const inFlight = new Set<Promise<void>>();
      let taken = 0;
      let passed = 0;
      let failure: unknown;
      const take = async (article: Article) => {
        const at = taken++;
        if ((article.text?.length ?? 0) > MAX_WORKER_ARTICLE) {
          // Too big for a worker's heap: extracted here.
          ready.set(at, await here(article));
        } else {
          while (inFlight.size >= pool.threads * AHEAD_PER_WORKER) await Promise.race(inFlight);
          const article_ = infoOf(article);
          const task: Promise<void> = pool.extract(article).then(
            (outcome) => { ready.set(at, { article: article_, outcome }); },
            (err: unknown) => { failure ??= err; },
          ).finally(() => inFlight.delete(task));
          inFlight.add(task);
        }
        if (failure) throw failure;
      };
      const next = async (): Promise<IteratorResult<Article>> => (head.length ? { done: false, value: head.shift()! } : iterator.next());
      for (let n = await next(); !n.done; n = await next()) {
        await take(n.value);
        for (let r = ready.get(passed); r; r = ready.get(passed)) {
          ready.delete(passed++);
          yield r;
        }
      }
      while (passed < taken) {
        const r = ready.get(passed);
        if (r) {
          ready.delete(passed++);
          yield r;
        } else {
          await Promise.race(inFlight);
          if (failure) throw failure;
        }
      }
    } finally {
      if (!options.pool) await pool.close();
    }
  } finally {
    await iterator.return?.();
  }
}

/**
 * The article without its text, copied: a title or id read from a file can be a slice of the
 * whole file's text, and would keep it alive.
 */
function infoOf(article: Article): ArticleInfo {
  const { text: _text, ...info } = article;
  return structuredClone(info);
}
