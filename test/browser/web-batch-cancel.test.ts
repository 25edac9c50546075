// Batch Cancel in Chromium (issue 17, point 6): a file big enough to still be screening when the
// analyst presses Cancel; the job must stop short of the end, stay stopped, and the page must say
// so and offer the rows screened so far.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import {
  CHROMIUM_MISSING,
  buildWebPage,
  launchBrowser,
  openWatchedPage,
  startWebServer,
  type Browser,
  type WebServer,
} from './web-setup.ts';

/** Rows in the file: far more than the few hundred screened before Cancel lands. */
const ROWS = 20_000;

interface JobBody {
  state: string;
  rowsDone: number;
  rowsTotal: number;
}

describe('batch Cancel in Chromium', { skip: CHROMIUM_MISSING }, () => {
  let web: WebServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  before(async () => {
    buildWebPage();
    web = await startWebServer();
    browser = await launchBrowser();
    page = await openWatchedPage(browser, problems, { timeoutMs: 30_000 });
  });
  after(async () => {
    await browser.close();
    await web.close();
  });

  it('stops a running job when Cancel is pressed and says so, with the rows screened so far', async () => {
    await page.goto(`${web.url}/#/batch`);
    const names = ['Maria Lindqvist', 'John Smith', 'Ayman al-Zawahiri', 'Chen Wei'];
    const csv = `id,name\n${Array.from({ length: ROWS }, (_, i) => `${i + 1},${names[i % names.length]} ${i}`).join('\n')}\n`;
    await page.getByLabel('File').setInputFiles({
      name: 'many.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await page.getByRole('button', { name: 'Start screening' }).click();
    const cancel = page.getByRole('button', { name: 'Cancel' });
    await cancel.waitFor();
    // Cancel while rows are being screened, not while the lists load.
    await page
      .locator('.progress-line [role="status"]')
      .filter({ hasNotText: /^0 of/ })
      .waitFor({ timeout: 60_000 });
    const jobId = new URL(page.url().replace('#/', '')).searchParams.get('job') ?? '';
    assert.notEqual(jobId, '');
    const [deleted] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'DELETE'),
      cancel.click(),
    ]);
    assert.equal(deleted.status(), 200);
    assert.equal(new URL(deleted.url()).pathname, `/batch/${jobId}`);

    await page.getByRole('heading', { name: /^Cancelled/ }).waitFor({ timeout: 60_000 });
    const status = async (): Promise<JobBody> =>
      (await web.server.inject({ url: `/batch/${jobId}` })).json();
    const stopped = await status();
    assert.equal(stopped.state, 'cancelled');
    assert.equal(stopped.rowsTotal, ROWS);
    assert.ok(stopped.rowsDone < ROWS, `stopped after ${stopped.rowsDone} of ${ROWS} rows`);
    // Stopped means stopped: no row is screened after the job says cancelled.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.equal((await status()).rowsDone, stopped.rowsDone);

    assert.equal(await cancel.count(), 0, 'no Cancel on a job that has stopped');
    assert.match(
      await page.locator('.progress-line [role="status"]').innerText(),
      new RegExp(`^${stopped.rowsDone} of ${ROWS} rows`),
    );
    // The rows screened before Cancel are offered, as the heading says.
    await page.locator('#batch-results-title').waitFor();
    assert.match(
      await page.getByRole('button', { name: /^All rows/ }).innerText(),
      new RegExp(`^All rows \\(${stopped.rowsDone}\\)$`),
    );
    assert.deepEqual(problems, []);
  });
});
