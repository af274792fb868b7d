// The one-tag embed files as a portal maintainer uses them: the BUILT packages/elements/dist/cchc*.js (minified,
// with the shipped data they load on demand in dist/chunks/), served from a sub-folder of a plain static server,
// pasted into a page with one <script type="module"> and the tag. Checks that each element renders from data, that
// the on-demand chunks resolve next to the script (not next to the page) and only the ones the page needs are
// fetched, and that the page gets no console error and no axe violation. Needs `pnpm build` (as `pnpm test` does).
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getCriteriaSet, scorePar } from '@cchc/core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium } from './browser.js';
import { E2E_TIMEOUT } from './demoPortal.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'packages/elements/dist');
const portalData = join(root, 'examples/portal/data');
const instruments = join(root, 'packages/core/data/instruments');

/** Pages of this test, by path: the embed files are served under /static/cchc/, as a CMS would host them. */
const pages = new Map<string, string>();
const page = (title: string, script: string, body: string) =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title>` +
  `<script type="module" src="/static/cchc/${script}"></script></head><body><main><h1>${title}</h1>${body}</main></body></html>`;

let server: Server;
let base = '';
let browser: Browser;
let scorecardDoc = '';

beforeAll(async () => {
  if (!existsSync(join(dist, 'cchc.js')))
    throw new Error('packages/elements/dist is not built: run pnpm build');
  const inputs = JSON.parse(readFileSync(join(portalData, 'scorecard-inputs.json'), 'utf8'));
  scorecardDoc = JSON.stringify({
    result: scorePar(getCriteriaSet(inputs.criteriaSetId), inputs.units, {
      previous: inputs.previous,
    }),
  });
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = (type: string, body: string | Buffer) => {
      res.writeHead(200, { 'content-type': type });
      res.end(body);
    };
    if (pages.has(path)) return send('text/html; charset=utf-8', pages.get(path)!);
    if (path === '/data/scorecard.json') return send('application/json', scorecardDoc);
    const served: [string, string][] = [
      ['/static/cchc/', dist],
      ['/data/', portalData],
      ['/instruments/', instruments], // a portal's own copy of an instrument, given by src
    ];
    const hit = served.find(([prefix]) => path.startsWith(prefix));
    const file = hit ? normalize(join(hit[1], path.slice(hit[0].length))) : '';
    if (hit && file.startsWith(hit[1]) && existsSync(file))
      return send(
        extname(file) === '.js' ? 'text/javascript' : 'application/json',
        readFileSync(file),
      );
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
}, E2E_TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** Opens one of the pages, recording console errors, page errors and every request the page made. */
async function open(path: string) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  tab.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  tab.on('pageerror', (e) => errors.push(e.message));
  tab.on('request', (r) => requests.push(new URL(r.url()).pathname));
  tab.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
  tab.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${new URL(r.url()).pathname}`);
  });
  await tab.goto(`${base}${path}`);
  const chunks = () => requests.filter((p) => p.startsWith('/static/cchc/chunks/'));
  return { context, tab, errors, requests, chunks };
}

describe('one-tag embed files (built, minified)', () => {
  it(
    'cchc-checklist.js: a provincial pack by pack-id loads that pack and its base only, rows render',
    async () => {
      pages.set(
        '/checklist.html',
        page(
          'Bảng kiểm hồ sơ',
          'cchc-checklist.js',
          '<cchc-checklist src="/data/checklist-dossier.json"></cchc-checklist>', // the document names khanhson-2017
        ),
      );
      const { context, tab, errors, chunks } = await open('/checklist.html');
      const apology = tab.locator('cchc-checklist li[data-rule="notice.supplement-apology"]');
      await expect.poll(() => apology.getAttribute('data-status')).toBe('missed');
      const loaded = chunks().join(' ');
      // khanhson-2017 is a provincial override of the 2015 national pack: those two, no other pack.
      expect(loaded).toMatch(/khanhson-2017/);
      expect(loaded).toMatch(/vn-one-stop-2015/);
      expect(loaded).not.toMatch(/vn-one-stop-2018|vn-one-stop-2025|one-stop-evaluation/);
      await apology.locator('input[type=checkbox]').check();
      await expect.poll(() => apology.getAttribute('data-status')).toBe('met');
      expect(await axeViolations(tab)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    },
    E2E_TIMEOUT,
  );

  it(
    'cchc-survey.js: instrument-id loads that instrument only and the questions render in Vietnamese',
    async () => {
      pages.set(
        '/survey.html',
        page(
          'Khảo sát hài lòng',
          'cchc-survey.js',
          '<cchc-survey instrument-id="commune-ubnd-example" unit-code="KS-TH" unit-name="UBND thị trấn Tô Hạp" heading-level="2"></cchc-survey>',
        ),
      );
      const { context, tab, errors, chunks } = await open('/survey.html');
      const survey = tab.locator('cchc-survey');
      await expect.poll(() => survey.locator('[part~=page]').count()).toBeGreaterThan(0);
      await expect.poll(() => survey.locator('input').count()).toBeGreaterThan(0);
      expect(chunks().join(' ')).toMatch(/commune-ubnd-example/);
      expect(chunks().join(' ')).not.toMatch(/sipas-2017|health-station-example/);
      expect(chunks().join(' ')).not.toMatch(/schemaChecks/); // a shipped instrument is trusted: no schema code
      expect(await axeViolations(tab)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    },
    E2E_TIMEOUT,
  );

  it(
    'cchc-survey.js: an instrument the page supplies (src) is checked by the schema code, fetched on demand',
    async () => {
      pages.set(
        '/survey-own.html',
        page(
          'Khảo sát hài lòng',
          'cchc-survey.js',
          '<cchc-survey src="/instruments/health-station-example.json" unit-code="KS-SB-TYT" heading-level="2"></cchc-survey>',
        ),
      );
      const { context, tab, errors, chunks } = await open('/survey-own.html');
      await expect.poll(() => tab.locator('cchc-survey input').count()).toBeGreaterThan(0);
      expect(chunks().join(' ')).toMatch(/schemaChecks/);
      expect(chunks().join(' ')).not.toMatch(/\.json-/); // no shipped instrument: the page gave its own
      expect(await axeViolations(tab)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    },
    E2E_TIMEOUT,
  );

  it(
    'cchc-scorecard.js: one self-contained file (no chunk), the ranking renders and sorts',
    async () => {
      pages.set(
        '/scorecard.html',
        page(
          'Chỉ số CCHC',
          'cchc-scorecard.js',
          '<cchc-scorecard src="/data/scorecard.json" heading-level="2"></cchc-scorecard>',
        ),
      );
      const { context, tab, errors, chunks } = await open('/scorecard.html');
      const rows = tab.locator('cchc-scorecard [part~=row]');
      await expect.poll(() => rows.count()).toBe(8);
      const first = () => rows.first().textContent();
      const before = await first();
      await tab.locator('cchc-scorecard [part~=sort-button]').first().click();
      await expect.poll(first).not.toBe(before);
      expect(chunks()).toEqual([]);
      expect(await axeViolations(tab)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    },
    E2E_TIMEOUT,
  );

  it(
    'cchc.js: the three elements on one page, each loading only its own data',
    async () => {
      pages.set(
        '/all.html',
        page(
          'Cổng thông tin huyện',
          'cchc.js',
          '<section><h2>Khảo sát</h2><cchc-survey instrument-id="health-station-example" heading-level="3"></cchc-survey></section>' +
            '<section><h2>Bảng kiểm</h2><cchc-checklist src="/data/checklist-inspections.json"></cchc-checklist></section>' +
            '<section><h2>Xếp hạng</h2><cchc-scorecard src="/data/scorecard.json" heading-level="3"></cchc-scorecard></section>',
        ),
      );
      const { context, tab, errors, chunks } = await open('/all.html');
      await expect.poll(() => tab.locator('cchc-survey input').count()).toBeGreaterThan(0);
      await expect
        .poll(() =>
          tab
            .locator('cchc-checklist li[data-rule="inspection.weekly"][data-status=missed]')
            .count(),
        )
        .toBe(2);
      await expect.poll(() => tab.locator('cchc-scorecard [part~=row]').count()).toBe(8);
      const loaded = chunks().join(' ');
      expect(loaded).toMatch(/health-station-example/);
      expect(loaded).not.toMatch(/sipas-2017|commune-ubnd-example/);
      expect(await axeViolations(tab)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    },
    E2E_TIMEOUT,
  );
});
