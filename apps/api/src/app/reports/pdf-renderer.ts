import { HttpStatus, Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { access } from 'node:fs/promises';
import { constants } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
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

/** An idle browser is closed after this long, so a server that prints now and then does not keep it in memory. */
const IDLE_CLOSE_MS = 60_000;

/** The refusal when Chromium is missing or will not start: 503 with a catalogue code the dashboard explains. */
export function rendererUnavailable(): ApiException {
  return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, 'report.renderer_unavailable', {});
}

/**
 * Turns self-contained HTML pages (fonts and images inlined, no network) into PDF bytes with headless Chromium
 * through playwright-core. One browser is launched on the first report and shared by every request and batch, each
 * report printing in a fresh context of its own; it is closed when the application shuts down and after a minute
 * without renders, and launched again when it was closed or died. Without Chromium at `CHROMIUM_PATH` the API
 * still starts; every render then throws 503 `report.renderer_unavailable`.
 */
@Injectable()
export class PdfRenderer implements OnModuleDestroy {
  private readonly logger = new Logger(PdfRenderer.name);
  private browser: Promise<Browser> | null = null;
  private rendering = 0;
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(@Inject(ENVIRONMENT) private readonly env: Environment) {}

  /** One page of HTML as PDF bytes. */
  async render(html: string): Promise<Buffer> {
    return this.whileBusy(async () => {
      const page = await this.newPage();
      try {
        return await this.print(page, html);
      } finally {
        await page.context().close();
      }
    });
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
    await this.whileBusy(async () => {
      const page = await this.newPage();
      try {
        for (const [index, item] of items.entries())
          await onEach(item, await this.print(page, await html(item)), index);
      } finally {
        await page.context().close();
      }
    });
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

  private async close(): Promise<void> {
    const running = this.browser;
    this.browser = null;
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
    const context = await browser.newContext({ offline: true });
    return context.newPage();
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
      browser.on('disconnected', () => (this.browser = null));
      return browser;
    } catch (error) {
      this.logger.error(`Chromium at ${executablePath} would not start: ${String(error)}`);
      throw rendererUnavailable();
    }
  }
}
