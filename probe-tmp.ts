import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
const B = 'http://127.0.0.1:4173';
type S = { name: string; path: string; pattern: string; mode: '404' | 'html' | 'trunc'; act?: (p: import('playwright-core').Page) => Promise<void> };
const toDeso = async (p: any) => { await p.locator('#level').selectOption('deso'); };
const toInd = async (p: any) => { await p.locator('#indicator').selectOption('arbetsloshet_andel'); };
const S: S[] = [
  { name: 'deso topo 404', path: '/', pattern: '**/data/geo/deso.topo.json', mode: '404', act: toDeso },
  { name: 'deso topo html', path: '/', pattern: '**/data/geo/deso.topo.json', mode: 'html', act: toDeso },
  { name: 'deso topo trunc', path: '/', pattern: '**/data/geo/deso.topo.json', mode: 'trunc', act: toDeso },
  { name: 'water 404', path: '/', pattern: '**/data/geo/water.topo.json', mode: '404', act: toDeso },
  { name: 'indicators.json 404', path: '/', pattern: '**/data/indicators.json', mode: '404', act: toInd },
  { name: 'catalog 404', path: '/', pattern: '**/data/catalog.json', mode: '404', act: toInd },
  { name: 'areas.json 404 jamfor', path: '/jamfor', pattern: '**/data/areas.json', mode: '404' },
  { name: 'parts 404 jamfor', path: '/jamfor', pattern: '**/data/parts.json', mode: '404' },
  { name: 'trygghet 404', path: '/trygghet', pattern: '**/data/trygghet.json', mode: '404' },
  { name: 'memberships trunc', path: '/jamfor', pattern: '**/data/memberships.arrow', mode: 'trunc' },
];
for (const s of S) {
  const ctx = await browser.newContext(); const p = await ctx.newPage();
  const errs: string[] = []; p.on('pageerror', (e) => errs.push('pageerror ' + e.message)); p.on('console', (m) => m.type() === 'error' && errs.push(m.text().slice(0, 120)));
  let hit = 0;
  await p.route(s.pattern, async (r) => { hit++; if (s.mode === '404') return r.fulfill({ status: 404, body: 'nf' }); if (s.mode === 'html') return r.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><p>oops' }); const res = await r.fetch(); const b = await res.body(); return r.fulfill({ response: res, body: b.subarray(0, Math.floor(b.length / 3)) }); });
  await p.goto(B + s.path); await p.waitForFunction(() => document.documentElement.dataset.hydrated === '1', undefined, { timeout: 15000 }).catch(() => errs.push('not hydrated'));
  if (s.act) { await s.act(p).catch((e) => errs.push('act ' + String(e).slice(0, 100))); }
  await p.waitForTimeout(6000);
  const info = await p.evaluate(() => ({ db: document.querySelector('[data-db-status]')?.getAttribute('data-db-status'), dbText: document.querySelector('[data-db-status]')?.textContent?.trim().slice(0, 100), alerts: [...document.querySelectorAll('[role=alert], .error, .notice')].map((a) => a.textContent!.trim().slice(0, 140)).filter(Boolean).slice(0, 3), paths: document.querySelectorAll('svg[data-chart="choropleth"] .areas path').length, level: (document.querySelector('#level') as HTMLSelectElement | null)?.value, title: document.querySelector('h2.chart-title') ?? document.querySelector('h1')?.textContent?.trim().slice(0, 80), rows: document.querySelectorAll('main table tbody tr').length }));
  console.log('##', s.name, 'hit', hit, JSON.stringify(info), errs.slice(0, 3));
  await ctx.close();
}
await browser.close();
