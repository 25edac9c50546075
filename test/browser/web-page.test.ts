import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  ARTIFACTS_DIR,
  CHROMIUM_MISSING,
  buildWebPage,
  launchBrowser,
  openWatchedPage,
  startWebServer,
  type Browser,
  type WebServer,
} from './web-setup.ts';
import { SHARED_MISSING, sharedExample, sharedFile } from '../support/shared-data.ts';

const ARTICLE = sharedExample('blitz-counterterrorism-article.txt');
const UN_LIST = sharedFile('un/un_consolidated_2026-02-27.xml');

/** The UN list less the one INDIVIDUAL record with this reference. */
function unListWithout(reference: string): Buffer {
  const xml = readFileSync(UN_LIST, 'utf8');
  const at = xml.indexOf(`<REFERENCE_NUMBER>${reference}</REFERENCE_NUMBER>`);
  const start = xml.lastIndexOf('<INDIVIDUAL>', at);
  const end = xml.indexOf('</INDIVIDUAL>', at) + '</INDIVIDUAL>'.length;
  assert.ok(at > 0 && start > 0 && end > start, `${reference} is in the UN list`);
  return Buffer.from(xml.slice(0, start) + xml.slice(end));
}

describe('the analyst web page in Chromium', { skip: CHROMIUM_MISSING }, () => {
  let web: WebServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  before(async () => {
    buildWebPage();
    web = await startWebServer();
    browser = await launchBrowser();
    page = await openWatchedPage(browser, problems, { timeoutMs: 15_000 });
    page.on('dialog', (dialog) => {
      problems.push(`dialog opened: ${dialog.message()}`);
      void dialog.dismiss();
    });
  });
  after(async () => {
    await browser.close();
    await web.close();
  });

  const shot = (name: string): Promise<Buffer> =>
    page.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`), fullPage: false });

  // A fresh document each time, so one test's form state never leaks into the next.
  let loads = 0;
  const visit = async (view: string): Promise<void> => {
    loads += 1;
    await page.goto(`${web.url}/?load=${loads}#/${view}`);
  };

  it('serves the page with the strict Content-Security-Policy and no external requests', async () => {
    const external: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(web.url) && !request.url().startsWith('data:'))
        external.push(request.url());
    });
    const response = await page.goto(`${web.url}/`);
    assert.equal(response?.status(), 200);
    const csp = response.headers()['content-security-policy'] ?? '';
    assert.match(csp, /script-src 'self';/);
    assert.match(csp, /frame-ancestors 'none'/);
    await page.getByRole('heading', { name: 'Analyse an article' }).waitFor();
    assert.deepEqual(external, []);
    assert.deepEqual(problems, []);
  });

  it('screens Sarajudin Haqqani and shows TAi.144 first with its explanation', async () => {
    await visit('screen');
    await page.getByLabel('Name').fill('Sarajudin Haqqani');
    await page.getByRole('button', { name: 'Screen', exact: true }).click();
    const firstRow = page.locator('.hit-group').first();
    await firstRow.waitFor();
    assert.match(await firstRow.locator('.listings').innerText(), /^UN TAi\.144/);
    await firstRow.getByRole('button', { name: 'Explain UN TAi.144' }).click();
    const parts = page.locator('table.parts').first();
    await parts.waitFor();
    assert.match(await parts.innerText(), /haqqani/i);
    await shot('screen-sarajudin-haqqani');
    assert.deepEqual(problems, []);
  });

  it('answers "why not?" for a chosen list entity below the threshold', async () => {
    await page.getByLabel('List entity').fill('un:QDi.006');
    await page.getByRole('button', { name: 'Find' }).click();
    const result = page.locator('.why-not-result h3');
    await result.waitFor();
    assert.match(await result.innerText(), /un:QDi\.006.*below the \d+% threshold/);
  });

  it('shows a bad query in plain words with what to do next', async () => {
    await visit('screen');
    await page.getByLabel('Name').fill('Ana');
    await page.getByLabel('Birth date').fill('1999-02-31');
    await page.getByRole('button', { name: 'Screen', exact: true }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = await alert.innerText();
    assert.match(text, /Check the highlighted fields and try again/);
    assert.match(text, /QUERY_INVALID/);
  });

  it('renders a hostile query name as text, never as markup', async () => {
    problems.length = 0;
    await visit('screen');
    await page
      .getByLabel('Name')
      .fill('<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>');
    await page.getByRole('button', { name: 'Screen', exact: true }).click();
    const title = page.locator('#results-title', { hasText: 'onerror' });
    await title.waitFor();
    assert.match(await title.innerText(), /of “<img src=x onerror="window.__pwned=1"><script>/);
    assert.equal(await page.evaluate(() => (window as { __pwned?: number }).__pwned), undefined);
    assert.equal(await page.locator('main img').count(), 0);
    assert.deepEqual(problems, []);
  });

  it('uploads a small CSV, shows the progress bar finish and offers the download', async () => {
    await visit('batch');
    const csv = 'id,name\n1,Sarajudin Haqqani\n2,Jane Ordinary\n3,Ayman al-Zawahiri\n';
    await page.getByLabel('File').setInputFiles({
      name: 'names.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await page.getByRole('button', { name: 'Start screening' }).click();
    const download = page.getByRole('button', { name: /Download results/ });
    // The job waits for the screening workers to load the lists: seconds on a busy machine.
    await download.waitFor({ timeout: 60_000 });
    const progress = page.getByRole('progressbar', { name: 'Rows screened' });
    assert.equal(await progress.getAttribute('value'), '3');
    assert.equal(await progress.getAttribute('max'), '3');
    assert.match(await page.locator('.summary-figures').innerText(), /Rows\s+3\s+Alerts\s+2/);
    await shot('batch-finished');
    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    const saved = await file.path();
    const content = readFileSync(saved, 'utf8');
    assert.match(content, /TAi\.144/);
  });

  it('says a CSV without a name column is the file’s problem and how to correct it', async () => {
    await visit('batch');
    await page.getByLabel('File').setInputFiles({
      name: 'accounts.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('account,owner\n1,Sarajudin Haqqani\n'),
    });
    await page.getByRole('button', { name: 'Start screening' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 30_000 });
    const text = await alert.innerText();
    assert.match(text, /no "name" column/);
    assert.match(text, /Correct the file/);
    assert.match(text, /QUERY_INVALID/);
  });

  it('lists the loaded UN list with its version, publication date and counts', async () => {
    await visit('lists');
    const row = page.locator('table.lists-table tbody tr').first();
    await row.waitFor();
    const text = await row.innerText();
    const [active] = await web.app.store.activeVersions();
    assert.ok(active !== undefined);
    assert.match(text, /^UN/);
    assert.ok(text.includes(String(active.entityCount)), text);
    assert.ok(text.includes(active.published ?? 'none'), text);
    await shot('lists');
  });

  it('shows recent screenings in the audit trail and verifies the chain', async () => {
    await visit('audit');
    const rows = page.locator('table.audit-table tbody tr');
    await rows.first().waitFor();
    assert.match(await page.locator('table.audit-table').innerText(), /Sarajudin Haqqani/);
    await page.getByRole('button', { name: 'Verify chain' }).click();
    await page.locator('.verify-ok').waitFor();
    assert.match(await page.locator('.verify-ok').innerText(), /intact: \d+ records/);
    await shot('audit');
  });

  it(
    'analyses the Blitz article: badges for QDe.004, TAe.012 and QDi.006 and an explanation panel',
    { skip: SHARED_MISSING },
    async () => {
      problems.length = 0;
      await visit('analyse');
      await page.getByLabel('Article text or HTML').fill(readFileSync(ARTICLE, 'utf8'));
      await page.getByRole('button', { name: 'Analyse' }).click();
      await page.locator('.summary-line').waitFor({ timeout: 60_000 });
      const badges = await page.locator('.article-text .badge').allInnerTexts();
      for (const reference of ['QDe.004', 'TAe.012', 'QDi.006'])
        assert.ok(
          badges.some((b) => b.includes(`UN ${reference}`)),
          `${reference} in ${badges.join(' | ')}`,
        );
      assert.match(
        await page.locator('.summary-line').innerText(),
        /\d+ listed · .*\d+ unattributed claims?/,
      );
      await shot('analyse-report');
      await page
        .locator('.article-text .mention.status-match', { hasText: /Zawahi?ri/ })
        .first()
        .click();
      const panel = page.locator('.entity-panel');
      await panel.locator('table.parts').first().waitFor();
      // The list entry (dates, names) is fetched after the panel opens; a loaded machine showed
      // "Loading the list entry…" at the first read.
      await panel.getByText('Loading the list entry…').waitFor({ state: 'detached' });
      assert.match(await panel.innerText(), /QDi\.006/);
      assert.match(await panel.innerText(), /Listed on\s+\d{4}-\d{2}-\d{2}/);
      await shot('analyse-panel');
      assert.deepEqual(problems, []);
    },
  );

  it('shows a pasted article with <script> and <img onerror> as text and runs nothing', async () => {
    problems.length = 0;
    await visit('analyse');
    const hostile =
      'Officials said on Monday that <script>window.__pwned = 1; alert(1)</script> the talks had failed.\n\n' +
      'Ayman al-Zawahiri was named in the report <img src=x onerror="window.__pwned = 2; alert(2)">, according to media reports.';
    await page.getByLabel('Article text or HTML').fill(hostile);
    await page.getByRole('button', { name: 'Analyse' }).click();
    await page.locator('.summary-line').waitFor({ timeout: 30_000 });
    assert.equal(await page.evaluate(() => (window as { __pwned?: number }).__pwned), undefined);
    assert.equal(await page.locator('main img, main script').count(), 0);
    assert.deepEqual(problems, []);
  });
  // Last: it replaces the active UN list, which the tests above read.
  it(
    'imports a new UN version and shows the removed entry in the version diff',
    { skip: SHARED_MISSING },
    async () => {
      await visit('lists');
      await page.locator('table.lists-table tbody tr').first().waitFor();
      await page.getByLabel('List file', { exact: true }).setInputFiles({
        name: 'un.xml',
        mimeType: 'application/xml',
        buffer: unListWithout('KPi.001'),
      });
      await page.getByRole('button', { name: 'Import' }).click();
      const report = page.getByText(/^UN version 2: imported/);
      await report.waitFor({ timeout: 30_000 });
      const [v1] = await web.app.store.listVersions('un');
      assert.match(await report.innerText(), new RegExp(`${(v1?.entityCount ?? 0) - 1} entries`));
      await page.getByRole('button', { name: 'Compare' }).click();
      const diff = page.locator('.diff');
      await diff.waitFor();
      assert.match(await diff.innerText(), /v1 → v2: 0 added, 1 removed, 0 changed, \d+ unchanged/);
      assert.match(await page.locator('.diff-removed').innerText(), /un:KPi\.001/);
      await shot('lists-diff');
      assert.deepEqual(problems, []);
    },
  );
});
