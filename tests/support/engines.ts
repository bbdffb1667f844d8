import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { launchChromium } from './browser.ts';

/**
 * A browser as a person installs it, driven the same way whatever its protocol: Debian's Chromium through
 * playwright-core, Firefox ESR through
 * puppeteer-core over WebDriver BiDi, WebKitGTK's MiniBrowser through WebKitWebDriver's W3C WebDriver
 * HTTP protocol (a few plain requests: no client library reads it offline). Debian installs all three
 * (scripts/system-deps.sh); nothing is downloaded.
 */
export interface Engine {
  name: string;
  goto(url: string): Promise<void>;
  /** Calls `fn` (a function's source) in the page with `args`; its JSON result. */
  run<T>(fn: string, ...args: unknown[]): Promise<T>;
  /** Types into the element `selector` finds, as keystrokes. */
  type(selector: string, text: string): Promise<void>;
  click(selector: string): Promise<void>;
  close(): Promise<void>;
}

/** Waits until `selector` finds an element; then `read` of it, when given. */
export async function waitFor<T = boolean>(engine: Engine, selector: string, read = '(el) => true', timeout = 20_000): Promise<T> {
  const until = Date.now() + timeout;
  for (;;) {
    const found = await engine.run<{ value: T } | null>(`(s) => { const el = document.querySelector(s); return el ? { value: (${read})(el) } : null; }`, selector);
    if (found) return found.value;
    if (Date.now() > until) throw new Error(`${engine.name}: nothing matched ${selector} within ${timeout / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Debian's Chromium as a person installs it, the full browser (every other page test runs in its headless shell: tests/support/browser.ts). */
export async function launchChromiumBrowser(width: number, height: number): Promise<Engine> {
  const browser = await launchChromium('browser');
  const page = await browser.newPage({ viewport: { width, height } });
  return {
    name: 'Chromium',
    goto: async (url) => void (await page.goto(url)),
    run: <T>(fn: string, ...args: unknown[]) => page.evaluate(`(${fn})(...${JSON.stringify(args)})`) as Promise<T>,
    type: (selector, text) => page.locator(selector).pressSequentially(text),
    click: (selector) => page.locator(selector).click(),
    close: () => browser.close(),
  };
}

export async function launchFirefox(width: number, height: number): Promise<Engine> {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr', headless: true });
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  return {
    name: 'Firefox ESR',
    goto: async (url) => void (await page.goto(url)),
    run: <T>(fn: string, ...args: unknown[]) => page.evaluate(`(${fn})(...${JSON.stringify(args)})`) as Promise<T>,
    type: (selector, text) => page.type(selector, text),
    click: (selector) => page.click(selector),
    close: () => browser.close(),
  };
}

/** The MiniBrowser of Debian's WebKitGTK, which has no headless mode: WebKitWebDriver starts it inside xvfb-run. */
export async function launchWebKit(port: number, width: number, height: number): Promise<Engine> {
  const driver = spawn('xvfb-run', ['-a', process.env['WEBKIT_DRIVER_PATH'] ?? '/usr/bin/WebKitWebDriver', `--port=${port}`, '--host=127.0.0.1'], { stdio: 'ignore', detached: true });
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`http://127.0.0.1:${port}${path}`, { method, headers: { 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    const { value } = (await response.json()) as { value: T };
    if (!response.ok) throw new Error(`WebKitWebDriver ${method} ${path}: ${JSON.stringify(value).slice(0, 500)}`);
    return value;
  };
  for (let tries = 0; ; tries++) {
    try {
      await call('GET', '/status');
      break;
    } catch (error) {
      if (tries > 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const { sessionId } = await call<{ sessionId: string }>('POST', '/session', {
    capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary: process.env['MINIBROWSER_PATH'] ?? miniBrowser(), args: ['--automation'] } } },
  });
  const session = `/session/${sessionId}`;
  await call('POST', `${session}/window/rect`, { width, height });
  const element = async (selector: string) => Object.values(await call<Record<string, string>>('POST', `${session}/element`, { using: 'css selector', value: selector }))[0]!;
  return {
    name: 'WebKitGTK',
    goto: (url) => call('POST', `${session}/url`, { url }),
    run: (fn, ...args) => call('POST', `${session}/execute/sync`, { script: `return (${fn}).apply(null, arguments)`, args }),
    type: async (selector, text) => void (await call('POST', `${session}/element/${await element(selector)}/value`, { text })),
    click: async (selector) => void (await call('POST', `${session}/element/${await element(selector)}/click`, {})),
    close: async () => {
      await call('DELETE', session).catch(() => undefined);
      process.kill(-driver.pid!);
    },
  };
}

/** Debian puts the MiniBrowser under the WebKitGTK API version's folder (webkit2gtk-4.1 in Debian 12). */
function miniBrowser(): string {
  const lib = `/usr/lib/${process.arch === 'arm64' ? 'aarch64' : 'x86_64'}-linux-gnu/`;
  const folder = readdirSync(lib).find((f) => /^webkit2?gtk-\d/.test(f) && readdirSync(lib + f).includes('MiniBrowser'));
  if (!folder) throw new Error(`No MiniBrowser under ${lib}webkit2gtk-*/: install Debian's webkit2gtk-driver (scripts/system-deps.sh), or set MINIBROWSER_PATH`);
  return `${lib}${folder}/MiniBrowser`;
}
