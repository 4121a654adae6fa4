import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeSmtp, smtpSettingsFromEnv } from '../../src/deliver/smtpSettingsFromEnv.js';
import { tempDir } from '../helpers.js';

describe('smtpSettingsFromEnv', () => {
  it('is undefined without SMTP_URL (or with an empty one): the outbox is used', () => {
    expect(smtpSettingsFromEnv({})).toBeUndefined();
    expect(smtpSettingsFromEnv({ SMTP_URL: '  ', SMTP_PASSWORD: '' })).toBeUndefined();
  });

  it('reads smtp:// (STARTTLS, 587) and smtps:// (TLS, 465), user from the URL, password from SMTP_PASSWORD', () => {
    expect(smtpSettingsFromEnv({ SMTP_URL: 'smtp://digest%40example.com@mail.example.com', SMTP_PASSWORD: 's3cret' })).toEqual({
      host: 'mail.example.com', port: 587, secure: false, user: 'digest@example.com', password: 's3cret', insecureLoopback: false, warnings: [],
    });
    expect(smtpSettingsFromEnv({ SMTP_URL: 'smtps://relay.example.com' })).toMatchObject({ port: 465, secure: true });
    expect(smtpSettingsFromEnv({ SMTP_URL: 'smtp://[::1]:2525' })).toMatchObject({ host: '::1', port: 2525 });
  });

  it('allows clear text only to loopback hosts, and warns when the opt-out does not apply', () => {
    for (const host of ['127.0.0.1', 'localhost', '[::1]', '127.5.5.5']) expect(smtpSettingsFromEnv({ SMTP_URL: `smtp://${host}:25` }, { allowInsecureLoopback: true })?.insecureLoopback, host).toBe(true);
    const remote = smtpSettingsFromEnv({ SMTP_URL: 'smtp://mail.example.com' }, { allowInsecureLoopback: true })!;
    expect(remote.insecureLoopback).toBe(false);
    expect(remote.warnings[0]).toMatch(/applies only to a loopback host.*STARTTLS stays required/);
    expect(smtpSettingsFromEnv({ SMTP_URL: 'smtp://127.0.0.1' })?.insecureLoopback).toBe(false);
  });

  it('loads SMTP_TLS_CA and refuses a file without a certificate', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'junk.pem'), 'not a certificate');
    expect(() => smtpSettingsFromEnv({ SMTP_URL: 'smtp://mail.example.com', SMTP_TLS_CA: 'junk.pem' }, { cwd: dir })).toThrow(/holds no PEM certificate/);
  });

  it('refuses inconsistent settings without echoing the password', () => {
    const cases: [NodeJS.ProcessEnv, RegExp][] = [
      [{ SMTP_URL: 'mail.example.com' }, /is not a URL|must start with smtp/],
      [{ SMTP_URL: 'smtp://u:pw-in-url@mail.example.com' }, /contains a password/],
      [{ SMTP_URL: 'smtp://u@mail.example.com' }, /SMTP_PASSWORD is not set/],
      [{ SMTP_URL: 'smtp://mail.example.com', SMTP_PASSWORD: 'pw-alone' }, /names no user/],
      [{ SMTP_URL: 'smtp://mail.example.com/path?x=1' }, /path or query/],
    ];
    for (const [env, message] of cases) {
      let error: Error | undefined;
      try {
        smtpSettingsFromEnv(env);
      } catch (err) {
        error = err as Error;
      }
      expect(error?.message, JSON.stringify(env)).toMatch(message);
      expect(error?.message).not.toMatch(/pw-in-url|pw-alone/);
      expect((error as { exitCode?: number }).exitCode).toBe(2);
    }
  });

  it('describes the server with the password as ***', () => {
    const s = smtpSettingsFromEnv({ SMTP_URL: 'smtp://digest@mail.example.com', SMTP_PASSWORD: 'hunter2' })!;
    expect(describeSmtp(s)).toBe('smtp://digest@mail.example.com:587 (STARTTLS required, certificate checked, password ***)');
  });
});
