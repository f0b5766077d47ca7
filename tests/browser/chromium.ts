/** Debian's Chromium, launched the way TOOLCHAIN.md says (no background traffic to other hosts). */
import { existsSync } from 'node:fs';
import type { BrowserType, LaunchOptions } from 'playwright-core';

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

/**
 * Chromium 156 in new-headless mode preloads the address bar's popup (a WebUI page with its own
 * renderer) in every window; on this 2-core machine that is about a quarter of the browser tests'
 * time, for a popup no test opens.
 */
export const EXTRA_DISABLED_FEATURES = [
  'WebUIOmniboxPopup',
  'WebUIOmniboxAimPopup',
  'WebUIOmniboxFullPopup',
];

const DISABLE = '--disable-features=';

/** One `--disable-features` switch holding both lists, without repeats, in order. */
export function mergeDisabledFeatures(
  defaultSwitches: readonly string[],
  extra: readonly string[],
): string {
  const features = defaultSwitches.flatMap((s) => s.slice(DISABLE.length).split(',')).concat(extra);
  return DISABLE + [...new Set(features.filter((f) => f !== ''))].join(',');
}

let cached: Promise<LaunchOptions> | undefined;

/**
 * Launch options with the extra features disabled. Chromium honours only the last
 * `--disable-features` it is given, and Playwright passes its own list (PaintHolding and others
 * it needs), so adding a second switch would silently drop Playwright's. A probe launch reads
 * Playwright's switch; the real launch replaces it by one merged switch.
 */
export function chromiumLaunchOptions(type: BrowserType): Promise<LaunchOptions> {
  cached ??= (async () => {
    const probe = await type.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const defaults = (probe.process().spawnargs ?? []).filter((a) => a.startsWith(DISABLE));
    await probe.close();
    return {
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS, mergeDisabledFeatures(defaults, EXTRA_DISABLED_FEATURES)],
      ignoreDefaultArgs: defaults,
    };
  })();
  return cached;
}

/** Throws a message that says how to get the browser, instead of skipping the browser checks. */
export function assertChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `${CHROMIUM_PATH} not found: the browser tests need Debian's Chromium (apt-get install -y chromium).`,
    );
  }
}
