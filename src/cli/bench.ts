/**
 * `npm run bench`: figures, not pass/fail. Builds the site, then measures what a reader pays:
 * build time, compressed bytes loaded before any interaction per page, and search cost (index
 * size, bytes fetched for a first query, time from the last keystroke to rendered results) and
 * the offline download (what the service worker fetches in the background after a first visit).
 * Then builds synthetic handbooks of 300 and 3,000 pages in temporary directories with the same
 * config, to show how build cost grows with size (`BENCH_SIZES=300` to run fewer).
 * Prints a table and writes reports/bench.json.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { ensureChromium } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';
import { topics } from '../lib/topics.ts';
import { writeSyntheticSite } from './lib/synthetic-site.ts';
import { astroBuild } from './lib/site-build.ts';
import { offlineEntries, serviceWorkerFile } from '../plugins/offline.ts';
import { enQueries, enSearchQueries, queryKinds, zhQueries, zhSearchQueries, type SearchQuery } from '../../e2e/search-queries.ts';

const dist = join(process.cwd(), 'dist');
const report: Record<string, unknown> = { date: new Date().toISOString() };

const listHtml = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));

/** Where a build's time goes, read from Astro's log; a phase the log does not name is left out. */
function phases(log: string): Record<string, number> {
	// Astro and Pagefind print durations as `259ms`, `7.66s` or `1m 5s`.
	const duration = String.raw`((?:\d+m\s*)?[\d.]+m?s)`;
	const seconds = (text: string) => {
		const [, minutes, value, unit] = /^(?:(\d+)m\s*)?([\d.]+)(m?s)$/.exec(text.trim()) ?? [];
		return Number(minutes ?? 0) * 60 + Number(value) / (unit === 'ms' ? 1000 : 1);
	};
	const found: Record<string, number> = {};
	const pick = (name: string, pattern: RegExp) => {
		const last = [...log.matchAll(pattern)].at(-1)?.[1];
		if (last) found[name] = seconds(last);
	};
	pick('renderPages', new RegExp(String.raw`^\S+ ✓ Completed in ${duration}\.$`, 'gm'));
	pick('pagefind', new RegExp(String.raw`Finished building search index in ${duration}`, 'g'));
	pick('precompress', new RegExp(String.raw`precompressed \d+ files \(\.gz, \.br\) in ${duration}`, 'g'));
	return found;
}

/** `astro build` (which runs Pagefind too) in `root`: seconds, and the phases Astro's log names. */
function timedBuild(root: string): { seconds: number; phases: Record<string, number> } {
	const started = Date.now();
	const build = astroBuild(root);
	if (build.status !== 0) throw new Error(`astro build failed in ${root}:\n${build.output.slice(-4000)}`);
	return { seconds: (Date.now() - started) / 1000, phases: phases(build.output) };
}

const realBuild = timedBuild(process.cwd());
const buildSeconds = realBuild.seconds;
const htmlPages = listHtml(dist);
report['build'] = { seconds: buildSeconds, phases: realBuild.phases, pages: htmlPages.length, secondsPerPage: buildSeconds / htmlPages.length, target: 'under 30 s on 2 cores' };

// The bytes nginx sends are the precompressed twins the build writes (src/plugins/precompress.ts);
// files too small to be worth compressing go as they are.
const sent = (file: string, ext: '.gz' | '.br') => {
	try {
		return statSync(file + ext).size;
	} catch {
		return statSync(file).size;
	}
};
type Weight = { html: number; css: number; js: number; total: number };
const weigh = (path: string, ext: '.gz' | '.br'): Weight => {
	const html = readFileSync(join(dist, path), 'utf8');
	// Print stylesheets count too: Chromium fetches them at page load, at low priority.
	const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => sent(join(dist, m[1]!), ext));
	const js = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => sent(join(dist, m[1]!), ext));
	const w = { html: sent(join(dist, path), ext), css: css.reduce((a, b) => a + b, 0), js: js.reduce((a, b) => a + b, 0), total: 0 };
	w.total = w.html + w.css + w.js;
	return w;
};
const pageWeights: Record<string, { gzip: Weight; brotli: Weight }> = {};
for (const path of htmlPages.filter((p) => !p.startsWith('pagefind'))) pageWeights[path] = { gzip: weigh(path, '.gz'), brotli: weigh(path, '.br') };
report['firstLoadBytes'] = {
	pages: pageWeights,
	target: 'topic page under 40 KB (40,960 bytes) compressed before interaction',
	note: 'brotli is what the shipped nginx.conf sends to browsers that accept it (all current ones over HTTPS); gzip is the fallback',
};

// What a reader's browser downloads in the background after the first visit to read offline:
// the service worker and every file it precaches (all pages of both locales, the search index).
const offlineFiles = [join(dist, serviceWorkerFile), ...offlineEntries(dist).map((e) => e.file)];
const offlineBytes = {
	files: offlineFiles.length,
	brotli: offlineFiles.reduce((a, f) => a + sent(f, '.br'), 0),
	gzip: offlineFiles.reduce((a, f) => a + sent(f, '.gz'), 0),
	uncompressed: offlineFiles.reduce((a, f) => a + statSync(f).size, 0),
};
report['offlineDownload'] = { ...offlineBytes, note: 'downloaded once in the background after the first visit (both locales, search index); not part of first-load bytes' };

const pagefindDir = join(dist, 'pagefind');
const indexBytes = readdirSync(pagefindDir, { recursive: true, encoding: 'utf8' })
	.map((f) => join(pagefindDir, f))
	.filter((f) => statSync(f).isFile() && !/\.(gz|br)$/.test(f))
	.reduce((a, f) => a + statSync(f).size, 0);

const choice = ensureChromium();
const server = await serveStatic(dist);
const browser = await chromium.launch({ ...(choice.executablePath ? { executablePath: choice.executablePath } : {}), args: choice.args });
// Without the service worker: the figures are a first visit's, not the offline copy's.
const page = await browser.newPage({ serviceWorkers: 'block' });
/**
 * Every byte the browser fetches from pressing Ctrl+K to the first results being shown and the
 * network going quiet, per file, as sent (compressed): Pagefind UI's own code (built when search
 * is first opened, src/lib/pagefind-ui-on-open.ts), Pagefind's script, wasm, metadata, index
 * chunks, filters and the fragments of the results shown, the query code, and the vocabulary if
 * the query needs it.
 */
async function firstQuery(home: string, query: string) {
	// A page of its own: nothing cached from the other language.
	const fresh = await browser.newPage({ serviceWorkers: 'block' });
	const files: { file: string; bytes: number; encoding: string }[] = [];
	const pending: Promise<void>[] = [];
	let counting = false;
	const onFinished = (r: import('playwright-core').Request) => {
		if (!counting) return;
		pending.push(
			(async () => {
				const [sizes, response] = await Promise.all([r.sizes(), r.response()]);
				const file = new URL(r.url()).pathname.slice(new URL(server.url).pathname.length);
				files.push({ file, bytes: sizes.responseBodySize, encoding: (await response?.headerValue('content-encoding')) ?? 'identity' });
			})()
		);
	};
	fresh.on('requestfinished', onFinished);
	await fresh.goto(server.url + home);
	await fresh.waitForLoadState('networkidle');
	await fresh.locator('#starlight__search[data-search-ui]').waitFor({ state: 'attached' });
	counting = true;
	await fresh.keyboard.press('Control+k');
	await fresh.locator('#starlight__search input.pagefind-ui__search-input').fill(query);
	await fresh.locator('#starlight__search .pagefind-ui__result-link').first().waitFor();
	await fresh.waitForLoadState('networkidle');
	counting = false;
	await Promise.all(pending);
	await fresh.close();
	return { query, total: files.reduce((a, f) => a + f.bytes, 0), files };
}
const firstQueryBytes = {
	'zh-CN': await firstQuery('', zhQueries[0]![0]),
	en: await firstQuery('en/', enQueries[0]![0]),
};
await page.goto(server.url);
await page.waitForLoadState('networkidle');
await page.keyboard.press('Control+k');
// The evaluated loop below types into Pagefind UI's own box, not the one standing in while it loads.
await page.locator('#starlight__search[data-search-ui="ready"]').waitFor({ state: 'attached' });
const input = page.locator('#starlight__search input.pagefind-ui__search-input');

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

/**
 * Ranking per kind of query, typed into the search box as a reader does (so with the ranking
 * options Starlight passes to Pagefind): the first three results and whether there were any.
 */
async function ranking(home: string, queries: SearchQuery[]) {
	await page.goto(server.url + home);
	const search = page.locator('#starlight__search');
	// Starlight sets search up on idle; Pagefind UI itself is built when search is first opened.
	await page.locator('#starlight__search[data-search-ui]').waitFor({ state: 'attached' });
	await page.keyboard.press('Control+k');
	await page.locator('#starlight__search[data-search-ui="ready"]').waitFor({ state: 'attached' });
	const box = search.locator('input.pagefind-ui__search-input');
	const byKind: Record<string, { queries: number; top1: number; top3: number; empty: number }> = {};
	for (const q of queries) {
		await box.fill('');
		await search.locator('.pagefind-ui__message').waitFor({ state: 'detached' });
		await box.fill(q.query);
		await search.locator('.pagefind-ui__message', { hasText: q.query.slice(0, 40) }).waitFor();
		// Pagefind UI renders the result list (or the empty hint) only once the search has finished.
		await search.locator('li.pagefind-ui__result, .search-empty-hint').first().waitFor({ state: 'attached' });
		const results = search.locator('li.pagefind-ui__result');
		const paths: string[] = [];
		for (let i = 0; i < Math.min(3, await results.count()); i++) {
			const link = results.nth(i).locator('.pagefind-ui__result-link[href]').first();
			await link.waitFor({ state: 'attached' });
			paths.push(new URL((await link.getAttribute('href'))!, page.url()).pathname);
		}
		const want = new URL(`${home}${q.slug}/`, server.url).pathname;
		const k = (byKind[q.kind] ??= { queries: 0, top1: 0, top3: 0, empty: 0 });
		k.queries++;
		if (paths[0] === want) k.top1++;
		if (paths.includes(want)) k.top3++;
		if (!paths.length) k.empty++;
	}
	return byKind;
}
const searchRanking = { 'zh-CN': await ranking('', zhSearchQueries), en: await ranking('en/', enSearchQueries) };
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
	firstQueryBytesNote: 'compressed bytes on the wire, every file fetched from opening search to the first results; target ≤ 100 KB (100,000 B)',
	ranking: searchRanking,
	medianKeystrokeToResultsMs: median,
	note: 'includes Pagefind UI debounce (300 ms)',
	queries: zhQueries.length,
	answered: valid.length,
};

const sizes = (process.env['BENCH_SIZES'] ?? '300,3000').split(',').filter(Boolean).map(Number);
const synthetic: { pages: number; htmlFiles: number; seconds: number; msPerPage: number; phases: Record<string, number>; topicPageHtmlBytes: number }[] = [];
for (const pages of sizes) {
	const root = writeSyntheticSite(process.cwd(), pages);
	console.log(`synthetic: building ${pages} topic pages in ${root}…`);
	try {
		const { seconds, phases: spent } = timedBuild(root);
		const htmlFiles = listHtml(join(root, 'dist')).length;
		// One topic page's size shows what grows with the site: the sidebar lists every topic.
		const topicPageHtmlBytes = statSync(join(root, 'dist/kafka/index.html')).size;
		synthetic.push({ pages, htmlFiles, seconds, msPerPage: (seconds * 1000) / htmlFiles, phases: spent, topicPageHtmlBytes });
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
}
const smallest = synthetic[0];
const largest = synthetic.at(-1);
const perPageGrowth = smallest && largest && largest !== smallest ? largest.msPerPage / smallest.msPerPage : null;
report['syntheticBuilds'] = {
	sizes: synthetic,
	perPageGrowth,
	target: 'per-page build time at 3,000 pages no more than 1.5 x that at 300',
};

mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench.json', `${JSON.stringify(report, null, 2)}\n`);
console.log(`build: ${buildSeconds.toFixed(1)} s for ${htmlPages.length} pages (${((buildSeconds / htmlPages.length) * 1000).toFixed(0)} ms/page)`);
console.log('first load (bytes)                  brotli: html    css     js  total   gzip: html    css     js  total');
for (const [p, { gzip, brotli }] of Object.entries(pageWeights)) {
	const cols = (w: Weight) => [w.html, w.css, w.js, w.total].map((n) => String(n).padStart(6)).join(' ');
	console.log(`${p.padEnd(34)} ${cols(brotli)}       ${cols(gzip)}`);
}
const topicPaths = topics.flatMap((t) => [`${t.slug}/index.html`, `en/${t.slug}/index.html`]);
const heaviest = (kind: 'gzip' | 'brotli') => Math.max(...topicPaths.map((p) => pageWeights[p]![kind].total));
console.log(`heaviest topic page: ${heaviest('brotli')} B brotli, ${heaviest('gzip')} B gzip (target < 40,960 B)`);
console.log(`offline download after the first visit (${offlineBytes.files} files, both locales): ${(offlineBytes.brotli / 1024).toFixed(0)} KiB brotli, ${(offlineBytes.gzip / 1024).toFixed(0)} KiB gzip, ${(offlineBytes.uncompressed / 1024).toFixed(0)} KiB uncompressed`);
console.log(`search index on disk: ${(indexBytes / 1024).toFixed(0)} KiB; median keystroke→results ${median.toFixed(0)} ms over ${valid.length}/${zhQueries.length} queries`);
for (const [locale, { query, total, files }] of Object.entries(firstQueryBytes)) {
	console.log(`first query ${locale} (${JSON.stringify(query)}): ${total} B as sent (target ≤ 100,000 B)`);
	for (const f of files) console.log(`  ${String(f.bytes).padStart(7)} ${f.encoding.padEnd(8)} ${f.file}`);
}
for (const [locale, kinds] of Object.entries(searchRanking)) {
	for (const kind of queryKinds) {
		const k = kinds[kind];
		if (k) console.log(`search ${locale} ${kind}: top-1 ${k.top1}/${k.queries}, top-3 ${k.top3}/${k.queries}, empty ${k.empty}`);
	}
}
console.log('Lighthouse (mobile)            perf  a11y  best   seo   LCP');
for (const [p, sc] of Object.entries(lighthouseScores)) console.log(`${p.padEnd(28)} ${String(sc['performance']).padStart(5)} ${String(sc['accessibility']).padStart(5)} ${String(sc['best-practices']).padStart(5)} ${String(sc['seo']).padStart(5)}   ${sc['LCP']}`);
const below = Object.entries(lighthouseScores).filter(([, sc]) => ['performance', 'accessibility', 'best-practices', 'seo'].some((k) => sc[k] !== 100));
console.log(`Lighthouse target (100 in all four on every page): ${Object.keys(lighthouseScores).length - below.length}/${Object.keys(lighthouseScores).length} pages meet it${below.length ? `; below: ${below.map(([p]) => p).join(', ')}` : ''}`);
console.log(`build target (< 30 s): ${buildSeconds.toFixed(1)} s`);
const phaseText = (p: Record<string, number>) => Object.entries(p).map(([k, v]) => `${k} ${v.toFixed(1)} s`).join(', ');
console.log(`build phases: ${phaseText(realBuild.phases)}`);
for (const b of synthetic) console.log(`synthetic ${String(b.pages).padStart(5)} topic pages (${b.htmlFiles} HTML files): ${b.seconds.toFixed(1)} s, ${b.msPerPage.toFixed(0)} ms/page; ${phaseText(b.phases)}; kafka page ${(b.topicPageHtmlBytes / 1024).toFixed(0)} KiB HTML`);
if (perPageGrowth !== null) console.log(`per-page growth ${smallest!.pages} → ${largest!.pages}: ×${perPageGrowth.toFixed(2)} (target ≤ ×1.5)`);
console.log('wrote reports/bench.json');
