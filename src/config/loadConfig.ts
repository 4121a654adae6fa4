import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { isMap, isNode, isScalar, LineCounter, parseDocument } from 'yaml';
import { GeodigestError } from '../diagnostics/GeodigestError.js';
import { isTimeZone } from '../time/isTimeZone.js';
import { DEFAULT_CONFIG, type Config } from './Config.js';
import { CONFIG_SCHEMA } from './configSchema.js';

/** Config file names looked for in the working directory, in order. */
export const CONFIG_FILES = ['geodigest.config.yaml', 'geodigest.config.yml', 'geodigest.config.json'] as const;

/** A loaded configuration and the file it came from (none when only defaults apply). */
export interface LoadedConfig {
  config: Config;
  file?: string;
}

const ajv = new Ajv({ allErrors: true });
const validate = ajv.compile(CONFIG_SCHEMA);

/**
 * Loads the config file (`--config FILE`, else the first of `CONFIG_FILES` in `cwd`), validates it
 * and merges it over the defaults. YAML or JSON. An invalid file is an error that names the file,
 * line and column of the offending key, and what is allowed there. Secrets never live here: SMTP
 * settings come from the environment.
 */
export function loadConfig(cwd: string, explicit?: string): LoadedConfig {
  const file = explicit ? path.resolve(cwd, explicit) : CONFIG_FILES.map((f) => path.join(cwd, f)).find((f) => existsSync(f));
  if (!file) return { config: structuredClone(DEFAULT_CONFIG) as Config };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new GeodigestError('ECONFIG', `cannot read config ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const rel = path.relative(cwd, file) || file;
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    const pos = lines.linePos(e.pos[0]);
    throw new GeodigestError('ECONFIG', `${rel}:${pos.line}:${pos.col}: error ${e.message.split('\n')[0]} [config-syntax]`);
  }
  const data: unknown = doc.toJS() ?? {};
  // file:line:col of a setting: its key for an unknown setting, else its value.
  const where = (pointer: string, atKey = false): string => {
    const keys = pointer.split('/').slice(1).map((k) => (/^\d+$/.test(k) ? Number(k) : k.replace(/~1/g, '/').replace(/~0/g, '~')));
    if (atKey && keys.length) {
      const parent = doc.getIn(keys.slice(0, -1), true);
      if (isMap(parent)) {
        const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === keys[keys.length - 1]);
        if (isNode(pair?.key) && pair.key.range) {
          const pos = lines.linePos(pair.key.range[0]);
          return `${rel}:${pos.line}:${pos.col}`;
        }
      }
    }
    for (let n = keys.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(keys.slice(0, n), true);
      if (isNode(node) && node.range) {
        const pos = lines.linePos(node.range[0]);
        return `${rel}:${pos.line}:${pos.col}`;
      }
    }
    return `${rel}:1:1`;
  };
  if (!validate(data)) {
    const messages = (validate.errors ?? []).map((e) => {
      const key = e.keyword === 'additionalProperties' ? `${e.instancePath}/${(e.params as { additionalProperty: string }).additionalProperty}` : e.instancePath;
      const what = e.keyword === 'additionalProperties' ? `unknown setting "${(e.params as { additionalProperty: string }).additionalProperty}"` : `${e.instancePath.slice(1).replace(/\//g, '.') || 'config'} ${e.message ?? 'is invalid'}`;
      return `${where(key, e.keyword === 'additionalProperties')}: error ${what} [config-invalid]`;
    });
    throw new GeodigestError('ECONFIG', messages.join('\n'));
  }
  const config = merge(structuredClone(DEFAULT_CONFIG) as Config, data as Partial<Config>);
  for (const [pointer, zone] of [['/input/timeZone', config.input.timeZone], ['/digest/timeZone', config.digest.timeZone]] as const) {
    if (zone !== undefined && !isTimeZone(zone)) throw new GeodigestError('ECONFIG', `${where(pointer)}: error unknown time zone "${zone}"; use an IANA name such as Europe/London [config-invalid]`);
  }
  return { config, file };
}

function merge<T>(base: T, over: unknown): T {
  if (over === null || typeof over !== 'object' || Array.isArray(over)) return (over === undefined ? base : over) as T;
  const out = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(over as Record<string, unknown>)) out[k] = merge(out[k], v);
  return out as T;
}
