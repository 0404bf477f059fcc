/**
 * `npm run bench`: figures, not pass/fail. Builds the site, then measures what a reader pays:
 * build time, compressed bytes loaded before any interaction per page, and search cost (index
 * size, bytes fetched for a first query, time from the last keystroke to rendered results).
 * Prints a table and writes reports/bench.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { ensureChromium } from '../lib/browser.ts';
import { serveStatic } from '../lib/static-server.ts';
import { topics } from '../lib/topics.ts';
import { zhQueries } from '../../e2e/search-queries.ts';

const dist = join(process.cwd(), 'dist');
const report: Record<string, unknown> = { date: new Date().toISOString() };

const started = Date.now();
const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
if (build.status !== 0) throw new Error('astro build failed');
const buildSeconds = (Date.now() - started) / 1000;
const htmlPages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
report['build'] = { seconds: buildSeconds, pages: htmlPages.length, secondsPerPage: buildSeconds / htmlPages.length, target: 'under 30 s on 2 cores' };

const gz = (file: string) => gzipSync(readFileSync(file)).length;
const pageWeights: Record<string, { html: number; css: number; js: number; total: number }> = {};
for (const path of ['index.html', ...topics.map((t) => `${t.slug}/index.html`), 'en/kafka/index.html']) {
	const html = readFileSync(join(dist, path), 'utf8');
	const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => gz(join(dist, m[1]!)));
	const js = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => gz(join(dist, m[1]!)));
	const w = { html: gzipSync(html).length, css: css.reduce((a, b) => a + b, 0), js: js.reduce((a, b) => a + b, 0), total: 0 };
	w.total = w.html + w.css + w.js;
	pageWeights[path] = w;
}
report['firstLoadGzipBytes'] = { pages: pageWeights, target: 'topic page under 40 KB compressed' };

const pagefindDir = join(dist, 'pagefind');
const indexBytes = readdirSync(pagefindDir, { recursive: true, encoding: 'utf8' })
	.map((f) => join(pagefindDir, f))
	.filter((f) => statSync(f).isFile() && !/\.(gz|br)$/.test(f))
	.reduce((a, f) => a + statSync(f).size, 0);

const choice = ensureChromium();
const server = await serveStatic(dist);
const browser = await chromium.launch({ ...(choice.executablePath ? { executablePath: choice.executablePath } : {}), args: choice.args });
const page = await browser.newPage();
let searchBytes = 0;
page.on('response', async (r) => {
	if (r.url().includes('/pagefind/')) searchBytes += Number(r.headers()['content-length'] ?? (await r.body().catch(() => Buffer.alloc(0))).length);
});
await page.goto(server.url);
await page.waitForLoadState('networkidle');
searchBytes = 0;
await page.keyboard.press('Control+k');
const input = page.locator('#starlight__search input.pagefind-ui__search-input');
await input.fill(zhQueries[0]![0]);
await page.locator('#starlight__search .pagefind-ui__result-link').first().waitFor();
await page.waitForLoadState('networkidle');
const firstQueryBytes = searchBytes;

const latencies: number[] = [];
for (const [query] of zhQueries) {
	await input.fill('');
	await page.waitForTimeout(50);
	const t = await page.evaluate(async (q) => {
		const el = document.querySelector<HTMLInputElement>('#starlight__search input.pagefind-ui__search-input')!;
		const results = document.querySelector('#starlight__search')!;
		const start = performance.now();
		el.value = q;
		el.dispatchEvent(new Event('input', { bubbles: true }));
		return await new Promise<number>((resolve) => {
			const done = () => {
				const msg = results.querySelector('.pagefind-ui__message')?.textContent ?? '';
				if (msg.includes(q.slice(0, 20)) && results.querySelector('.pagefind-ui__result-link')) {
					observer.disconnect();
					resolve(performance.now() - start);
				}
			};
			const observer = new MutationObserver(done);
			observer.observe(results, { childList: true, subtree: true, characterData: true });
			setTimeout(() => resolve(Number.NaN), 5000);
		});
	}, query);
	latencies.push(t);
}
await browser.close();

// Lighthouse, mobile preset (its default), every page, through the same Chromium as the tests.
const lighthouseScores: Record<string, Record<string, number | string>> = {};
const chrome = await chromeLauncher.launch({
	...(choice.executablePath ? { chromePath: choice.executablePath } : {}),
	chromeFlags: ['--headless=new', ...choice.args],
});
for (const path of htmlPages.filter((p) => !p.startsWith('pagefind')).map((p) => p.replace(/index\.html$/, ''))) {
	const run = await lighthouse(server.url + path, { port: chrome.port, output: 'json', logLevel: 'error' });
	if (!run) continue;
	const scores: Record<string, number | string> = {};
	for (const [id, category] of Object.entries(run.lhr.categories)) scores[id] = Math.round((category.score ?? 0) * 100);
	scores['LCP'] = run.lhr.audits['largest-contentful-paint']?.displayValue ?? '';
	lighthouseScores[path || '/'] = scores;
}
await chrome.kill();
report['lighthouse'] = { preset: 'mobile (default)', pages: lighthouseScores, target: '100 in every category on every page' };
await server.close();
const valid = latencies.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
const median = valid[Math.floor(valid.length / 2)] ?? Number.NaN;
report['search'] = {
	indexBytesOnDisk: indexBytes,
	firstQueryBytesFetched: firstQueryBytes,
	medianKeystrokeToResultsMs: median,
	note: 'includes Pagefind UI debounce (300 ms)',
	queries: zhQueries.length,
	answered: valid.length,
};

mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench.json', `${JSON.stringify(report, null, 2)}\n`);
console.log(`build: ${buildSeconds.toFixed(1)} s for ${htmlPages.length} pages (${((buildSeconds / htmlPages.length) * 1000).toFixed(0)} ms/page)`);
console.log('page (gzip bytes)              html     css      js   total');
for (const [p, w] of Object.entries(pageWeights)) console.log(`${p.padEnd(28)} ${String(w.html).padStart(7)} ${String(w.css).padStart(7)} ${String(w.js).padStart(7)} ${String(w.total).padStart(7)}`);
console.log(`search index on disk: ${(indexBytes / 1024).toFixed(0)} KiB; first query fetched ${(firstQueryBytes / 1024).toFixed(0)} KiB; median keystroke→results ${median.toFixed(0)} ms over ${valid.length}/${zhQueries.length} queries`);
console.log('Lighthouse (mobile)            perf  a11y  best   seo   LCP');
for (const [p, sc] of Object.entries(lighthouseScores)) console.log(`${p.padEnd(28)} ${String(sc['performance']).padStart(5)} ${String(sc['accessibility']).padStart(5)} ${String(sc['best-practices']).padStart(5)} ${String(sc['seo']).padStart(5)}   ${sc['LCP']}`);
console.log('Not measured here: synthetic 300/3,000-page builds.');
console.log('wrote reports/bench.json');
