// The UI's figures for docs/performance.md: the compressed size of the built JS and CSS, and
// the time to first render of the overview in Chromium against a running server.
//   node scripts/measure.mjs http://127.0.0.1:8080 [runs]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const base = process.argv[2];
const runs = Number(process.argv[3] ?? 7);
if (!base) {
  console.error('usage: node scripts/measure.mjs SERVER_URL [runs]');
  process.exit(2);
}

const assets = join('dist', 'assets');
let raw = 0;
let gzip = 0;
for (const name of readdirSync(assets).filter((n) => /\.(js|css)$/.test(n))) {
  const bytes = readFileSync(join(assets, name));
  const packed = gzipSync(bytes, { level: 9 }).length;
  raw += bytes.length;
  gzip += packed;
  console.log(`${name}: ${(bytes.length / 1024).toFixed(1)} KiB, gzip ${(packed / 1024).toFixed(1)} KiB`);
}
console.log(`JS + CSS: ${(raw / 1024).toFixed(1)} KiB, gzip ${(gzip / 1024).toFixed(1)} KiB`);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const paints = [];
const renders = [];
for (let run = 0; run < runs; run++) {
  // A fresh context each time: nothing cached, as on a first visit.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/`);
  // The overview has rendered when its first list of what is owed has rows.
  await page.locator('table.obligations tbody tr').first().waitFor();
  const [paint, render] = await page.evaluate(() => [
    performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    performance.now(),
  ]);
  paints.push(paint);
  renders.push(render);
  await context.close();
}
await browser.close();
console.log(`first contentful paint: median ${median(paints).toFixed(0)} ms over ${runs} runs`);
console.log(`overview rendered with its data: median ${median(renders).toFixed(0)} ms over ${runs} runs (min ${Math.min(...renders).toFixed(0)}, max ${Math.max(...renders).toFixed(0)})`);
