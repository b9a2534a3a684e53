import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
const B = 'http://127.0.0.1:4173';
const pages = ['/', '/jamfor', '/segregation', '/samband', '/trygghet', '/omrade/deso/0180C1010', '/faktablad/stadsdelslyftet', '/underlag', '/kallor', '/embed/karta'];
const state = async (p: any) => p.evaluate(() => ({ db: document.querySelector('[data-db-status]')?.getAttribute('data-db-status') ?? null, alerts: [...document.querySelectorAll('[role=alert], .error')].map((a) => a.textContent!.trim().slice(0, 90)).filter(Boolean).slice(0, 2), busy: document.querySelectorAll('[aria-busy=true]').length }));
for (const path of pages) {
  const ctx = await browser.newContext(); const p = await ctx.newPage();
  const reqs = new Set<string>(); p.on('request', (r) => { const u = new URL(r.url()); if (u.pathname.startsWith('/data/')) reqs.add(u.pathname); });
  const res = await p.goto(B + path); await p.waitForTimeout(5000);
  console.log('#', path, res?.status(), JSON.stringify(await state(p)), [...reqs].join(' '));
  await ctx.close();
  for (const r of reqs) {
    const c2 = await browser.newContext(); const q = await c2.newPage();
    const errs: string[] = []; q.on('pageerror', (e) => errs.push(e.message.slice(0, 100)));
    await q.route('**' + r, (rt) => rt.fulfill({ status: 404, body: 'nf' }));
    await q.goto(B + path); await q.waitForTimeout(5000);
    console.log('   without', r, JSON.stringify(await state(q)), errs.slice(0, 2));
    await c2.close();
  }
}
await browser.close();
