import { createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DKIMOptions } from 'nodemailer/lib/dkim';
import { GeodigestError } from '../diagnostics/GeodigestError.js';

/** `email.dkim` in the config. */
export interface DkimConfig {
  domainName: string;
  keySelector: string;
  /** PEM private key (RSA or Ed25519); relative to `baseDir`. */
  privateKeyFile: string;
}

/**
 * Reads and checks the DKIM signing key named in the config, so a bad key is a clear
 * configuration error before anything is sent rather than a failure on the first message.
 *
 * @example
 * loadDkim({ domainName: 'example.com', keySelector: 'digest', privateKeyFile: 'dkim.pem' }, process.cwd())
 * //=> { domainName: 'example.com', keySelector: 'digest', privateKey: '-----BEGIN PRIVATE KEY-----…' }
 */
export function loadDkim(config: DkimConfig, baseDir: string): DKIMOptions {
  const fail = (message: string): never => {
    throw new GeodigestError('ECONFIG', `email.dkim: ${message}`);
  };
  if (!/^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/i.test(config.domainName)) fail(`domainName "${config.domainName}" is not a domain name`);
  if (!/^[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?$/i.test(config.keySelector)) fail(`keySelector "${config.keySelector}" is not a DKIM selector (letters, digits, dots, dashes)`);
  const file = path.resolve(baseDir, config.privateKeyFile);
  let pem = '';
  try {
    pem = readFileSync(file, 'utf8');
  } catch (err) {
    fail(`cannot read the private key ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  try {
    const key = createPrivateKey(pem);
    if (key.asymmetricKeyType !== 'rsa' && key.asymmetricKeyType !== 'ed25519') fail(`${file} is a ${key.asymmetricKeyType} key; DKIM signs with RSA or Ed25519`);
  } catch (err) {
    if (err instanceof GeodigestError) throw err;
    fail(`${file} is not a PEM private key (${(err as Error).message})`);
  }
  return { domainName: config.domainName, keySelector: config.keySelector, privateKey: pem };
}
