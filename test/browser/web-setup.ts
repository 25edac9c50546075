import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { after } from 'node:test';
import {
  chromium,
  type Browser as PlaywrightBrowser,
  type BrowserContext,
  type Page,
} from 'playwright-core';
import type { App } from '../../src/app/index.ts';
import { openWiredApp, type WiredApp } from '../../src/app/open-app.ts';
import { loadConfig } from '../../src/config/index.ts';
import { buildServer } from '../../src/server/index.ts';
import { registerWebRoutes } from '../../src/server/routes/web-routes.ts';
import { copyStoreTemplate } from '../support/store-template.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Debian's Chromium, which the browser tests drive. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Skip reason for tests that need Chromium, or false when it is installed. */
export const CHROMIUM_MISSING: string | false = existsSync(CHROMIUM_PATH)
  ? false
  : `needs Chromium at ${CHROMIUM_PATH} (apt-get install chromium); CI installs it`;

/** Where screenshots go (git-ignored). */
export const ARTIFACTS_DIR = join(ROOT, 'test-artifacts');

/**
 * Builds the page with Vite into web/dist when its sources (web/, and src/, which it imports) are
 * newer than the build, so the tests see the current sources and a run builds it once, not once
 * per browser test file. Browser test files run in parallel: a lock folder lets one build while
 * the others wait for it and reuse it.
 */
export function buildWebPage(): void {
  const lock = join(ROOT, 'web/.build-lock');
  try {
    mkdirSync(lock);
  } catch {
    // Another test file is building the same sources: wait for it (a stale lock expires).
    const deadline = Date.now() + 120_000;
    while (existsSync(lock) && Date.now() < deadline) Atomics.wait(SLEEPER, 0, 0, 200);
    if (!existsSync(lock)) return;
    rmSync(lock, { recursive: true, force: true });
    mkdirSync(lock);
  }
  try {
    if (webPageIsCurrent()) return;
    const result = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', 'web', '--logLevel', 'error'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    if (result.status !== 0)
      throw new Error(`vite build web failed:\n${result.stdout}\n${result.stderr}`);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Whether web/dist was built after the last change to the page's sources. */
function webPageIsCurrent(): boolean {
  let builtMs: number;
  try {
    builtMs = statSync(join(ROOT, 'web/dist/index.html')).mtimeMs;
  } catch {
    return false;
  }
  const newest = (path: string): number => {
    const stat = statSync(path);
    if (!stat.isDirectory()) return path.endsWith('.test.ts') ? 0 : stat.mtimeMs;
    // Files only: a folder's time changes when the lock folder is made beside the sources.
    let max = 0;
    for (const name of readdirSync(path)) {
      if (name === 'dist' || name === 'node_modules' || name.startsWith('.')) continue;
      max = Math.max(max, newest(join(path, name)));
    }
    return max;
  };
  return newest(join(ROOT, 'web')) < builtMs && newest(join(ROOT, 'src')) < builtMs;
}

const SLEEPER = new Int32Array(new SharedArrayBuffer(4));

/** A real Sift server on loopback over a fresh store (bundled UN list) serving the built page. */
export interface WebServer {
  url: string;
  app: WiredApp;
  server: FastifyInstance;
  close(): Promise<void>;
}

/** Starts the server the way `sift serve` does, on a free loopback port; `extend` adds routes. */
export async function startWebServer(
  extend?: (server: FastifyInstance, app: App) => void,
): Promise<WebServer> {
  const dir = mkdtempSync(join(tmpdir(), 'sift-web-'));
  await copyStoreTemplate(dir);
  const config = loadConfig(
    { db: join(dir, 'sift.db') },
    { SIFT_KEYS_FILE: join(dir, 'keys.json'), SIFT_LOG_LEVEL: 'silent' },
  );
  const app = await openWiredApp(config);
  const server = await buildServer(app);
  // Until the lead wires the page into buildServer, the test registers it itself.
  if (!server.hasRoute({ method: 'GET', url: '/' })) registerWebRoutes(server, app);
  extend?.(server, app);
  await app.screening.index();
  await server.listen({ host: '127.0.0.1', port: 0 });
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    server,
    close: async () => {
      await server.close();
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh browser context (its own cookies and storage) in Chromium, closed by `close`. */
export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

let chromiumProcess: Promise<PlaywrightBrowser> | undefined;
// One Chromium per test process, closed after its last test: the runner runs the browser test
// files in one process, and starting Chromium cost seconds of CPU per file. This module is loaded
// at a test file's top level, so the hook belongs to the whole process, not to one suite.
after(async () => {
  if (chromiumProcess !== undefined) await (await chromiumProcess).close();
});

/**
 * Opens a new context in the process's headless Chromium (Debian's, through playwright-core,
 * started on first use) with no network beyond loopback; each suite's context shares nothing with
 * the others'.
 */
export async function launchBrowser(): Promise<Browser> {
  chromiumProcess ??= chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const context = await (
    await chromiumProcess
  ).newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return { context, close: () => context.close() };
}

/** The two window sizes every view is checked at. */
export const VIEWPORTS = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/**
 * Opens a page whose script errors and console errors are pushed to `problems`: any CSP
 * violation, script error or failed request is a defect of the page, except console lines that
 * `ignore` matches.
 */
export async function openWatchedPage(
  browser: Browser,
  problems: string[],
  options: { timeoutMs: number; ignore?: RegExp },
): Promise<Page> {
  const page = await browser.context.newPage();
  page.setDefaultTimeout(options.timeoutMs);
  page.on('console', (message) => {
    if (message.type() === 'error' && options.ignore?.test(message.text()) !== true)
      problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return page;
}

const AXE_SOURCE = join(ROOT, 'node_modules/axe-core/axe.min.js');

/** Skip reason for tests that need axe-core, or false when it is installed. */
export const AXE_MISSING: string | false = existsSync(AXE_SOURCE)
  ? false
  : 'needs axe-core (npm ci installs it as a dev dependency)';

/**
 * Runs axe-core's default rules on the page and returns one line per violation (rule, impact and
 * the first offending element). The script is evaluated over the DevTools protocol, so the page's
 * strict CSP, which would refuse an injected script tag, stays on.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(readFileSync(AXE_SOURCE, 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<AxeResult> } }).axe;
    const result = await axe.run(document);
    return result.violations.map(
      (v) => `${v.id} (${v.impact ?? '?'}): ${v.nodes[0]?.target.join(' ') ?? ''} ${v.help}`,
    );
  });
  return violations;
}

interface AxeResult {
  violations: { id: string; impact?: string; help: string; nodes: { target: string[] }[] }[];
}

/** Whether the page scrolls sideways: its scroll width beyond the viewport, in CSS pixels. */
export async function sidewaysOverflowPx(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollWidth - innerWidth;
  });
}
