import { chromium } from 'playwright-core';
const base = 'http://127.0.0.1:8431';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
async function as(user, password, width, shots) {
  const ctx = await browser.newContext({ viewport: { width, height: 900 }, locale: 'sv-SE' });
  const page = await ctx.newPage();
  const r = await page.request.post(base + '/auth/login', { data: { username: user, password } });
  if (!r.ok()) throw new Error(user + ' ' + r.status());
  for (const [name, path, act] of shots) {
    await page.goto(base + path);
    await page.waitForLoadState('networkidle');
    if (act) await act(page);
    await page.screenshot({ path: `/tmp/shots/${name}-${width}.png`, fullPage: true });
  }
  await ctx.close();
}
const seed = process.env.SEED_TEXT;
await as('kommunal', 'demo', 1280, [['cases-sorted', '/arenden?sort=title&sida=2']]);
await as('admin', 'adminadmin123', 1280, [['admin', '/admin']]);
await as('admin', 'adminadmin123', 360, [['admin', '/admin']]);
await as('sekreterare', 'demo', 1280, [['import', '/importera', async (page) => {
  await page.getByLabel('Protokollets text').fill(seed);
  await page.getByRole('button', { name: 'Läs in' }).click();
  await page.waitForTimeout(4000);
}]]);
await browser.close();
