/**
 * `npm run pdf`: the whole handbook and every topic page as PDFs, printed by Chromium from the
 * built site (the same print styles a reader gets with Ctrl+P), then the site built again so that
 * it offers them for download (src/plugins/pdf-downloads.ts).
 *
 *   npm run pdf                      # A4, both languages, into pdf/
 *   npm run pdf -- --format Letter   # US Letter
 *   npm run pdf -- --no-build --out DIR [--only handbook,rsync]   # print the dist/ there is
 *
 * Writes pdf/<lang>/handbook.pdf and pdf/<lang>/<slug>.pdf: tagged, with an outline (bookmarks)
 * from the headings, running heads from the pages' @page rules, and document information.
 *
 * Contents page numbers, two passes: Chromium has no target-counter(), so the handbook is printed
 * once, the page of every contents link's target is read from the PDF's named destinations
 * (Chromium writes one per in-document link target), the numbers are written into the contents,
 * and it is printed again until the numbers no longer move. A paged-media polyfill (Paged.js,
 * Vivliostyle) would compute them in one pass but re-lays out the whole document in script, away
 * from Chromium's own fragmentation, tagging and outline; this keeps Chromium's.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { ensureChromium } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';
import { finishPdf, namedDestinations, pageCount, requirePoppler, type Destination } from './lib/pdf-file.ts';
import { topics } from '../lib/topics.ts';
import { printStrings, type Lang } from '../lib/i18n.ts';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const format = option('--format') ?? 'A4';
const outDir = resolve(option('--out') ?? 'pdf');
const only = option('--only')?.split(',');
const skipBuild = args.includes('--no-build');
if (!['A4', 'Letter'].includes(format)) {
	console.error(`--format ${format}: use A4 or Letter`);
	process.exit(2);
}

function build() {
	const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
		stdio: 'inherit',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PDF_DIR: outDir },
	});
	if (result.status !== 0) process.exit(result.status ?? 1);
}

requirePoppler();
if (!skipBuild) build();

const browserChoice = ensureChromium();
const server = await serveStatic(join(process.cwd(), 'dist'));
const browser = await chromium.launch({
	...(browserChoice.executablePath ? { executablePath: browserChoice.executablePath } : {}),
	args: browserChoice.args,
});
const page = await browser.newPage();
const scratch = mkdtempSync(join(tmpdir(), 'ops-handbook-pdf-'));
const written: { file: string; pages: number }[] = [];

const printOptions = {
	format,
	printBackground: true,
	tagged: true,
	// Chromium's own outline joins a heading's wrapped lines without a space ("anddirectory") and
	// on the handbook repeats a topic's first line; finishPdf() writes one from the headings.
	outline: false,
	margin: { top: '16mm', bottom: '18mm', left: '14mm', right: '14mm' },
} as const;

async function printOnce(): Promise<{ pdf: Buffer; dests: Map<string, Destination> }> {
	const pdf = await page.pdf(printOptions);
	const probe = join(scratch, 'probe.pdf');
	writeFileSync(probe, pdf);
	return { pdf, dests: namedDestinations(probe) };
}

/** Prints the open page; on the handbook, repeats until the contents' page numbers hold. */
async function printPage(): Promise<{ pdf: Buffer; dests: Map<string, Destination> }> {
	const targets = await page.locator('[data-toc-page]').evaluateAll((els) => els.map((e) => e.getAttribute('data-toc-page')!));
	let { pdf, dests } = await printOnce();
	for (let pass = 0; targets.length; pass++) {
		const missing = targets.filter((id) => !dests.has(id));
		if (missing.length) throw new Error(`the printed handbook has no destination for ${missing.slice(0, 5).join(', ')}`);
		const numbers = Object.fromEntries(targets.map((id) => [id, dests.get(id)!.page]));
		const changed = await page.evaluate((numbers) => {
			let changed = false;
			for (const el of document.querySelectorAll<HTMLElement>('[data-toc-page]')) {
				const n = String(numbers[el.dataset['tocPage']!]);
				if (el.textContent !== n) changed = true;
				el.textContent = n;
			}
			return changed;
		}, numbers);
		if (!changed) break;
		if (pass === 4) throw new Error('the contents page numbers did not settle after 5 passes');
		({ pdf, dests } = await printOnce());
	}
	return { pdf, dests };
}

/**
 * The bookmarks: the page title and, on the handbook, the contents and each topic, with their
 * sections under them. Each heading is the target of a link (the contents, Starlight's "on this
 * page" list), so the PDF has a named destination for it.
 */
async function outlineEntries(p: Page, dests: Map<string, Destination>) {
	const headings = await p.evaluate(() => {
		const handbook = document.querySelector('[data-print-topic]') !== null;
		return [...document.querySelectorAll<HTMLElement>('main :is(h1, h2, h3)[id]')]
			.filter((h) => h.checkVisibility())
			.map((h) => {
				const depth = Number(h.tagName[1]);
				return { id: h.id, title: (h.textContent ?? '').replace(/\s+/g, ' ').trim(), level: handbook ? Math.max(1, depth - 1) : depth };
			})
			.filter((h) => h.level <= 2);
	});
	return headings.map((h) => {
		const dest = dests.get(h.id);
		if (!dest) throw new Error(`${p.url()}: heading "${h.title}" (#${h.id}) has no destination in the PDF; no link points at it`);
		return { title: h.title, level: h.level, dest };
	});
}

async function documentInfo(p: Page, lang: Lang) {
	return p.evaluate(
		(author) => ({
			title: document.querySelector('main h1')?.textContent?.trim() ?? document.title,
			author,
			// The handbook's subtitle; a topic's summary.
			subject: (document.querySelector('.handbook-subtitle')?.textContent ?? document.querySelector<HTMLMetaElement>('meta[name="description"]')?.content ?? '').trim(),
			keywords: (document.querySelector<HTMLMetaElement>('meta[name="keywords"]')?.content ?? '').split(/\s*,\s*/).filter(Boolean),
		}),
		printStrings[lang].pdfAuthor
	);
}

/**
 * Links to the site's own pages point at the loopback server the PDF is printed from. They go to
 * the public address when the build had one (its canonical URL is not loopback); otherwise they
 * become plain text, which still shows the page's path in print.
 */
async function unlinkLoopback(p: Page) {
	await p.evaluate(() => {
		const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
		const site = canonical && !/^https?:\/\/(127\.|localhost|\[::1\])/.test(canonical) ? new URL(canonical).origin : undefined;
		for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
			const url = new URL(a.href, location.href);
			if (url.origin !== location.origin || (url.pathname === location.pathname && url.hash)) continue;
			if (site) a.href = site + url.pathname + url.search + url.hash;
			else a.removeAttribute('href');
		}
	});
}

async function print(path: string, file: string, lang: Lang) {
	await page.goto(server.url + path, { waitUntil: 'load' });
	await page.emulateMedia({ media: 'print' });
	await unlinkLoopback(page);
	const printed = await printPage();
	const pdf = finishPdf(printed.pdf, await documentInfo(page, lang), await outlineEntries(page, printed.dests));
	const target = join(outDir, file);
	mkdirSync(join(target, '..'), { recursive: true });
	writeFileSync(target, pdf);
	written.push({ file: target, pages: pageCount(target) });
}

try {
	for (const lang of ['zh-CN', 'en'] as const) {
		const prefix = lang === 'en' ? 'en/' : '';
		if (!only || only.includes('handbook')) await print(`${prefix}print/`, `${lang}/handbook.pdf`, lang);
		for (const { slug } of topics) if (!only || only.includes(slug)) await print(`${prefix}${slug}/`, `${lang}/${slug}.pdf`, lang);
	}
} finally {
	await browser.close();
	await server.close();
	rmSync(scratch, { recursive: true, force: true });
}
for (const w of written) console.log(`${w.file}: ${w.pages} pages`);
console.log(`wrote ${written.length} PDFs (${format}) into ${outDir}/`);
if (!skipBuild) {
	console.log('building the site again so that it offers the PDFs for download');
	build();
}
