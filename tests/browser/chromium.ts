/** Debian's Chromium, launched the way TOOLCHAIN.md says (no background traffic to other hosts). */
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Throws a message that says how to get the browser, instead of skipping the browser checks. */
export function assertChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `${CHROMIUM_PATH} not found: the browser tests need Debian's Chromium (apt-get install -y chromium).`,
    );
  }
}
