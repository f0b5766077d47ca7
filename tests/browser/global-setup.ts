/**
 * Starts what every browser test shares: the static server for dist/ and one Chromium, reached by
 * the test files through its WebSocket endpoint.
 */
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { assertChromium, chromiumLaunchOptions } from './chromium.ts';
import { DIST, sitePages } from './site-pages.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
    wsEndpoint: string;
  }
}

let server: StaticServer | undefined;
let browser: BrowserServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  assertChromium();
  sitePages(); // fails early, with a clear message, when dist/ was not built
  server = await serveStatic(DIST);
  browser = await chromium.launchServer(await chromiumLaunchOptions(chromium));
  project.provide('origin', server.origin);
  project.provide('wsEndpoint', browser.wsEndpoint());
}

export async function teardown(): Promise<void> {
  await browser?.close();
  await server?.close();
}
