import type { SectionId } from '../timeline/Section.js';

/** How the digest looks and what it holds. */
export interface DigestConfig {
  /** Digest title, e.g. "The week in geopolitics". */
  title: string;
  /** BCP 47 locale for dates shown, e.g. `en-GB`. */
  locale: string;
  /** IANA zone for dates shown; default: the newest article's zone. */
  timeZone?: string;
  /** Accent colour, `#rrggbb`. */
  accent: string;
  /** Which sections, in order. */
  sections: SectionId[];
  /** At most this many items per section in the email (the report has them all). */
  maxItemsPerSection: number;
  /** Link for "Unsubscribe" in the footer and List-Unsubscribe headers. */
  unsubscribeUrl?: string;
  /** How many weeks before the digest's week older articles may still add events in or after it. */
  lookbackWeeks: number;
}

/** How the digest is sent (SMTP settings themselves come from the environment, never from here). */
export interface EmailConfig {
  /** `From` address, e.g. `Geodigest <digest@example.com>`. */
  from: string;
  /** Display name of the sender when `from` has none. */
  senderName?: string;
  /** Subject template: `{week}` → "Week 20", `{top}` → the top headlines. */
  subject: string;
  /** Optional DKIM signing. */
  dkim?: { domainName: string; keySelector: string; privateKeyFile: string };
  pool: { maxConnections: number; rateLimit: number; rateDeltaMs: number };
  retries: { max: number; backoffMs: number };
  /** Allow plain SMTP without STARTTLS, only to a loopback host (local test servers). */
  allowInsecureLoopback: boolean;
  /** A `mailto:` unsubscribe target sent in List-Unsubscribe beside `digest.unsubscribeUrl`; `{email}` → the recipient. */
  unsubscribeMailto?: string;
  /** SMTP connection, greeting and idle-socket timeout in milliseconds. */
  timeoutMs: number;
}

/** Where articles come from. */
export interface InputConfig {
  /** Folder or file of articles. */
  path: string;
  /** Zone for articles that name none. */
  timeZone?: string;
  /** Publication day for articles that have none. */
  referenceDate?: string;
  /** RSS/Atom feed URLs to read as well. */
  feeds: string[];
  /** Article files larger than this are refused. */
  maxFileMegabytes: number;
  /** Time limit for fetching one feed URL. */
  feedTimeoutSeconds: number;
  /** Size limit for one fetched feed. */
  feedMaxMegabytes: number;
}

/** geodigest's whole configuration: a config file (`geodigest.config.yaml`/`.json`) plus flags. */
export interface Config {
  input: InputConfig;
  /** Output folder. */
  out: string;
  digest: DigestConfig;
  email: EmailConfig;
}

/** The defaults, used for anything the config file and flags leave out. */
export const DEFAULT_CONFIG: Readonly<Config> = Object.freeze<Config>({
  input: { path: 'seeds', feeds: [], maxFileMegabytes: 64, feedTimeoutSeconds: 20, feedMaxMegabytes: 16 },
  out: 'out',
  digest: {
    title: 'The week in geopolitics',
    locale: 'en-GB',
    accent: '#b3261e',
    sections: ['this-week', 'ahead', 'earlier'],
    maxItemsPerSection: 12,
    lookbackWeeks: 4,
  },
  email: {
    from: 'geodigest <digest@localhost>',
    subject: '{week} · {top}',
    pool: { maxConnections: 3, rateLimit: 10, rateDeltaMs: 1000 },
    retries: { max: 4, backoffMs: 1000 },
    allowInsecureLoopback: false,
    timeoutMs: 60_000,
  },
});
