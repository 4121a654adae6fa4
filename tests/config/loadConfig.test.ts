import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/Config.js';
import { loadConfig } from '../../src/config/loadConfig.js';
import { tempDir } from '../helpers.js';

describe('loadConfig', () => {
  it('gives the defaults without a config file', () => {
    expect(loadConfig(tempDir())).toEqual({ config: DEFAULT_CONFIG });
  });

  it('merges a YAML file over the defaults', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'geodigest.config.yaml'), 'digest:\n  title: Weekly brief\n  accent: "#004488"\nemail:\n  pool:\n    maxConnections: 2\n');
    const { config, file } = loadConfig(dir);
    expect(file).toBe(path.join(dir, 'geodigest.config.yaml'));
    expect(config.digest).toMatchObject({ title: 'Weekly brief', accent: '#004488', locale: 'en-GB' });
    expect(config.email.pool).toEqual({ maxConnections: 2, rateLimit: 10, rateDeltaMs: 1000 });
  });

  it('names the file, line and column of a bad setting', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'c.yaml'), 'digest:\n  title: ok\n  acent: "#004488"\n  maxItemsPerSection: 0\n');
    expect(() => loadConfig(dir, 'c.yaml')).toThrow(/c\.yaml:3:3: error unknown setting "acent" \[config-invalid\]/);
    expect(() => loadConfig(dir, 'c.yaml')).toThrow(/c\.yaml:4:23: error digest\.maxItemsPerSection must be >= 1/);
  });

  it('reports YAML syntax errors and unknown zones with positions', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'c.yaml'), 'digest:\n  title: [oops\n');
    expect(() => loadConfig(dir, 'c.yaml')).toThrow(/c\.yaml:\d+:\d+: error .*\[config-syntax\]/);
    writeFileSync(path.join(dir, 'z.json'), '{"digest": {"timeZone": "Mars/Base"}}');
    expect(() => loadConfig(dir, 'z.json')).toThrow(/z\.json:1:25: error unknown time zone "Mars\/Base"/);
  });
});
