import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/**
 * Whether the browser tests can run. Under CI a missing browser is a failure (the test run says
 * so and fails), never a skip; on a developer's machine the tests are skipped with the reason.
 */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === 'true' || process.env.CI === '1') {
    throw new Error(`${CHROMIUM} is missing under CI: .ci/run must install it (apt-get install -y chromium)`);
  }
  console.warn(`browser tests skipped: ${CHROMIUM} is missing (apt-get install -y chromium)`);
  return false;
}

/** Debian's Chromium, headless, in a fresh profile that is removed on close. */
export async function launchChromium(): Promise<BrowserContext & { dispose(): Promise<void> }> {
  const profile = mkdtempSync(path.join(tmpdir(), 'geodigest-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return Object.assign(context, {
    async dispose() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  });
}
