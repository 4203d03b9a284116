import { HttpStatus, Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { access } from 'node:fs/promises';
import { constants } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ApiException } from '../common/api-error';
import type { Environment } from '../config/environment';
import { ENVIRONMENT } from '../config/environment.token';

/** Chromium's flags for a headless server without a display, GPU or network needs (as the browser tests use). */
const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** A4 with the margins official letters keep; the pages' own CSS lays out inside them. */
const PDF_OPTIONS = {
  format: 'A4',
  printBackground: true,
  preferCSSPageSize: true,
  margin: { top: '0', bottom: '0', left: '0', right: '0' },
} as const;

/**
 * Warm pages kept between reports. A fresh context and page cost about 390 ms of a 460 ms render, a warm page's
 * render about 75 ms (measured on two cores); `setContent` replaces the whole document, and report pages run no
 * script and reach no network, so nothing of one report is left for the next.
 */
const WARM_PAGES = 2;

/** An idle browser is closed after this long, so a server that prints now and then does not keep it in memory. */
const IDLE_CLOSE_MS = 60_000;

/** The refusal when Chromium is missing or will not start: 503 with a catalogue code the dashboard explains. */
export function rendererUnavailable(): ApiException {
  return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, 'report.renderer_unavailable', {});
}

/**
 * Turns self-contained HTML pages (fonts and images inlined, no network) into PDF bytes with headless Chromium
 * through playwright-core. One browser is launched on the first report and shared by every request and batch; reports
 * print on warm pages of one offline context (a page per report at a time, up to {@link WARM_PAGES} kept between
 * reports, a page that failed is dropped). The browser is closed when the application shuts down and after a
 * minute without renders, and launched again when it was closed or died. Without Chromium at `CHROMIUM_PATH` the API
 * still starts; every render then throws 503 `report.renderer_unavailable`.
 */
@Injectable()
export class PdfRenderer implements OnModuleDestroy {
  private readonly logger = new Logger(PdfRenderer.name);
  private browser: Promise<Browser> | null = null;
  private context: Promise<BrowserContext> | null = null;
  private warm: Page[] = [];
  private rendering = 0;
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(@Inject(ENVIRONMENT) private readonly env: Environment) {}

  /** One page of HTML as PDF bytes. */
  async render(html: string): Promise<Buffer> {
    return this.whileBusy(() => this.onPage((page) => this.print(page, html)));
  }

  /**
   * Many documents through one browser page, in order: `next` is asked for each document's HTML just before it
   * is printed, so a batch keeps one document in memory at a time. `onEach` gets each PDF as it is made.
   */
  async renderEach<T>(
    items: readonly T[],
    html: (item: T) => Promise<string>,
    onEach: (item: T, pdf: Buffer, index: number) => Promise<void> | void,
  ): Promise<void> {
    await this.whileBusy(() =>
      this.onPage(async (page) => {
        for (const [index, item] of items.entries())
          await onEach(item, await this.print(page, await html(item)), index);
      }),
    );
  }

  async onModuleDestroy(): Promise<void> {
    this.cancelIdleClose();
    await this.close();
  }

  /** Runs a render, keeping the browser open meanwhile; the last render to end starts the idle countdown. */
  private async whileBusy<T>(work: () => Promise<T>): Promise<T> {
    this.cancelIdleClose();
    this.rendering += 1;
    try {
      return await work();
    } finally {
      this.rendering -= 1;
      if (this.rendering === 0) {
        this.idleTimer = setTimeout(() => void this.close(), IDLE_CLOSE_MS);
        // An idle countdown never keeps the process alive.
        this.idleTimer.unref();
      }
    }
  }

  private cancelIdleClose(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }

  /** Runs `work` on a warm page, or a new one; the page is kept warm afterwards unless the work failed. */
  private async onPage<T>(work: (page: Page) => Promise<T>): Promise<T> {
    const page = this.warm.pop() ?? (await this.newPage());
    let ok = false;
    try {
      const result = await work(page);
      ok = true;
      return result;
    } finally {
      if (ok && !page.isClosed() && this.warm.length < WARM_PAGES) this.warm.push(page);
      else await page.close().catch(() => undefined);
    }
  }

  private async close(): Promise<void> {
    const running = this.browser;
    this.browser = null;
    this.context = null;
    this.warm = [];
    if (!running) return;
    const browser = await running.catch(() => null);
    await browser?.close().catch(() => undefined);
  }

  private async print(page: Page, html: string): Promise<Buffer> {
    // Everything the page needs is inline, so 'load' means fonts and images are in; fonts are awaited besides.
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return page.pdf(PDF_OPTIONS);
  }

  private async newPage(): Promise<Page> {
    const browser = await this.launched();
    // Offline: a report's page is self-contained, and must not reach out to anything the HTML might name.
    this.context ??= browser.newContext({ offline: true }).catch((error: unknown) => {
      this.context = null;
      throw error;
    });
    return (await this.context).newPage();
  }

  /** The shared browser, launched once; a failed launch is forgotten so that a later request tries again. */
  private launched(): Promise<Browser> {
    this.browser ??= this.launch().catch((error: unknown) => {
      this.browser = null;
      throw error;
    });
    return this.browser;
  }

  /** Playwright gives the browser a fresh, empty profile folder of its own and removes it on close. */
  private async launch(): Promise<Browser> {
    const executablePath = this.env.CHROMIUM_PATH;
    const found = await access(executablePath, constants.X_OK).then(
      () => true,
      () => false,
    );
    if (!found) {
      this.logger.warn(`No Chromium at ${executablePath}: PDF reports answer 503`);
      throw rendererUnavailable();
    }
    try {
      const browser = await chromium.launch({ executablePath, headless: true, args: LAUNCH_ARGS });
      // A browser that died is forgotten with its pages; one closed for idleness was forgotten already, and a
      // newer browser may stand in its place by the time it disconnects.
      const launched = this.browser;
      browser.on('disconnected', () => {
        if (this.browser !== launched) return;
        this.browser = null;
        this.context = null;
        this.warm = [];
      });
      return browser;
    } catch (error) {
      this.logger.error(`Chromium at ${executablePath} would not start: ${String(error)}`);
      throw rendererUnavailable();
    }
  }
}
