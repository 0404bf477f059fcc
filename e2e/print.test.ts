import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { topics } from '../src/lib/topics.ts';
import { localesUnderTest, siteUrl, topicUrl } from './site.ts';
import { projectRoot } from './test-utils.ts';

const pdfDir = mkdtempSync(join(tmpdir(), 'ops-handbook-pdf-'));

function pdfText(file: string): string {
	return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

// NFKC folds the Kangxi radicals some CJK fonts put into PDF text (⼠ for 士) back to ordinary characters.
const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

test('print hides everything but the content', async ({ page }) => {
	await page.emulateMedia({ media: 'print' });
	await page.goto(topicUrl('rsync'));
	for (const selector of ['header.header', '#starlight__sidebar', '.right-sidebar-container', '.pagination-links', 'site-search', 'starlight-theme-select', 'starlight-lang-select', '.expressive-code .copy']) {
		const visible = await page.locator(selector).evaluateAll((els) => els.some((e) => (e as HTMLElement).offsetParent !== null && getComputedStyle(e).display !== 'none'));
		expect(visible, selector).toBe(false);
	}
	await expect(page.locator('main h1')).toBeVisible();
});

test('print is black on white even in the dark theme', async ({ page }) => {
	await page.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
	await page.emulateMedia({ media: 'print' });
	await page.goto(topicUrl('http'));
	const colours = await page.evaluate(() => ({
		bg: getComputedStyle(document.body).backgroundColor,
		text: getComputedStyle(document.querySelector('main p')!).color,
	}));
	expect(colours.bg).toBe('rgb(255, 255, 255)');
	expect(colours.text).toBe('rgb(0, 0, 0)');
});

/** Contrast ratio of two `rgb(…)` colours (WCAG 2). */
function contrast(a: string, b: string): number {
	const lum = (c: string) => {
		const [r, g, b] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
			const s = Number(v) / 255;
			return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
	};
	const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
	return (hi! + 0.05) / (lo! + 0.05);
}

for (const width of [390, 1440]) {
	for (const locale of ['zh-CN', 'en'] as const) {
		test(`printed from the dark theme at ${width}px (${locale}), code is dark on light with 4.5:1 contrast or more`, async ({ page }) => {
			await page.setViewportSize({ width, height: 900 });
			await page.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
			await page.goto(topicUrl('kafka', locale));
			await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
			await page.emulateMedia({ media: 'print' });
			const tokens = await page.evaluate(() =>
				[...document.querySelectorAll('.expressive-code .ec-line .code span')]
					.filter((el) => el.children.length === 0 && el.textContent?.trim())
					.map((el) => {
						let bgEl: Element | null = el;
						let bg = 'rgba(0, 0, 0, 0)';
						while (bgEl && /rgba\(0, 0, 0, 0\)|transparent/.test(bg)) {
							bg = getComputedStyle(bgEl).backgroundColor;
							bgEl = bgEl.parentElement;
						}
						return { text: el.textContent!, color: getComputedStyle(el).color, bg };
					})
			);
			expect(tokens.length).toBeGreaterThan(50);
			// With background graphics the code sits on its own background, without them on white paper.
			const poor = tokens.filter((t) => Math.min(contrast(t.color, t.bg), contrast(t.color, 'rgb(255, 255, 255)')) < 4.5);
			expect(poor.map((t) => `${t.text} ${t.color} on ${t.bg}`).slice(0, 10)).toEqual([]);
		});
	}
}

for (const printBackground of [true, false]) {
	test(`a PDF printed from the dark theme ${printBackground ? 'with' : 'without'} background graphics has white margins and light code blocks`, async ({ page }) => {
		await page.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
		await page.goto(topicUrl('kafka', 'en'));
		await page.emulateMedia({ media: 'print' });
		const file = join(pdfDir, `kafka-dark-${printBackground}.pdf`);
		await page.pdf({ path: file, format: 'A4', printBackground });
		// First two pages as a greyscale image (PGM: a text header, then one byte per pixel).
		for (const n of [1, 2]) {
			const image = join(pdfDir, `kafka-dark-${printBackground}-${n}`);
			execFileSync('pdftoppm', ['-gray', '-r', '24', '-f', String(n), '-l', String(n), '-singlefile', file, image]);
			const pgm = readFileSync(`${image}.pgm`);
			const header = pgm.toString('latin1', 0, 40).split(/\s+/);
			const [w, h] = [Number(header[1]), Number(header[2])];
			const pixels = pgm.subarray(pgm.length - w * h);
			const at = (x: number, y: number) => pixels[y * w + x]!;
			expect([at(1, 1), at(w - 2, 1), at(1, h - 2), at(w - 2, h - 2)], `page ${n} corners`).toEqual([255, 255, 255, 255]);
			const dark = pixels.filter((p) => p < 100).length / pixels.length;
			expect(dark, `page ${n}: share of dark pixels`).toBeLessThan(0.08);
		}
	});
}

for (const width of [680, 720]) {
	test(`no element is wider than a ${width}px printable area`, async ({ page }) => {
		await page.setViewportSize({ width, height: 1000 });
		await page.emulateMedia({ media: 'print' });
		for (const slug of ['kafka', 'hadoop-ha', 'partition-tables']) {
			await page.goto(topicUrl(slug));
			const wide = await page.evaluate((limit) => {
				return [...document.querySelectorAll('main *')]
					.filter((el) => el.getBoundingClientRect().right > limit + 1 && getComputedStyle(el).position !== 'fixed')
					.map((el) => `${el.tagName}.${el.className}`.slice(0, 80));
			}, width);
			expect(wide, slug).toEqual([]);
		}
	});
}

test('links show where they lead in print', async ({ page }) => {
	await page.emulateMedia({ media: 'print' });
	await page.goto(topicUrl('kafka'));
	const external = await page.locator('main .sl-markdown-content a[href^="https://kafka.apache.org"]').first().evaluate((a) => getComputedStyle(a, '::after').content);
	expect(external).toContain('https://kafka.apache.org/');
	const internal = await page.locator('main .sl-markdown-content a[data-print-target]').first().evaluate((a) => getComputedStyle(a, '::after').content);
	// The test build has no SITE_URL: the path, not the loopback address it would otherwise get.
	expect(internal).toMatch(/(^|[^\w.:])\/(zookeeper|hadoop-ha|zookeeper-deploy)\//);
	expect(internal).not.toMatch(/127\.0\.0\.1|localhost/);
});

for (const format of ['A4', 'Letter'] as const) {
	test(`a topic page prints every line of its code and its collapsed tabs (${format})`, async ({ page }) => {
		await page.goto(topicUrl('zookeeper-deploy'));
		await page.emulateMedia({ media: 'print' });
		const file = join(pdfDir, `zookeeper-deploy-${format}.pdf`);
		await page.pdf({ path: file, format, printBackground: true });
		const text = squash(pdfText(file));
		for (const example of ['zookeeper-deploy/zoo.cfg', 'zookeeper-deploy/ensemble-loopback.console', 'zookeeper-deploy/install-tarball.console']) {
			for (const line of readFileSync(join(projectRoot, 'content/examples', example), 'utf8').split('\n').filter((l) => l.trim())) {
				expect(text, `${example}: ${line}`).toContain(squash(line));
			}
		}
		// The tarball tab is the second of its tab set, hidden on screen: its download name proves it printed.
		const tarball = readFileSync(join(projectRoot, 'content/examples/zookeeper-deploy/install-tarball.console'), 'utf8').match(/apache-zookeeper-[\d.]+-bin\.tar\.gz/)?.[0];
		expect(tarball, 'install-tarball.console names the release tarball').toBeDefined();
		expect(text, 'the second tab prints too').toContain(squash(tarball!));
		expect(text, 'the page address is printed').toContain(squash(new URL(topicUrl('zookeeper-deploy')).pathname));
	});
}

test('the English page prints too', async ({ page }) => {
	await page.goto(topicUrl('rsync', 'en'));
	await page.emulateMedia({ media: 'print' });
	const file = join(pdfDir, 'rsync-en.pdf');
	await page.pdf({ path: file, format: 'Letter', printBackground: true });
	const text = pdfText(file);
	expect(text).toContain('Corrections to the notes');
	expect(text).toContain('Checked');
});

test('the whole handbook prints every topic in sidebar order, each on a new page', async ({ page }) => {
	test.setTimeout(180_000);
	await page.goto(`${siteUrl()}print/`);
	await page.emulateMedia({ media: 'print' });
	const file = join(pdfDir, 'handbook.pdf');
	await page.pdf({ path: file, format: 'A4', printBackground: true });
	const pages = pdfText(file).split('\f');
	const titles = await page.locator('article.handbook-topic h2.handbook-topic-title').allTextContents();
	expect(titles.length).toBe(topics.length);
	let last = -1;
	for (const title of titles) {
		// The title's first word: pdftotext may interleave the rest of it with the line beside it.
		const head = title.normalize('NFKC').trim().split(/[\s:]/)[0]!;
		// Its page: the first one after the previous topic's that opens (after the running header) with it.
		const at = pages.findIndex((p, i) => i > last && squash(p).indexOf(head) !== -1 && squash(p).indexOf(head) < 40);
		expect(at, `${title} starts a page after page ${last}`).toBeGreaterThan(last);
		last = at;
	}
});

test('the home page links to the whole-handbook print page', async ({ page }) => {
	await page.goto(siteUrl());
	await page.getByRole('link', { name: '打印整本手册' }).click();
	await expect(page.locator('article.handbook-topic')).toHaveCount(topics.length);
	await page.goto(`${siteUrl()}en/`);
	await page.getByRole('link', { name: 'Print the whole handbook' }).click();
	await expect(page.locator('article.handbook-topic')).toHaveCount(topics.length);
});

test('the home page prints its topic list without the buttons that only work on screen', async ({ page }) => {
	for (const path of ['', 'en/']) {
		await page.goto(siteUrl() + path);
		await expect(page.locator('.hero .actions')).toBeVisible();
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.hero .actions')).toBeHidden();
		await expect(page.locator('#topics')).toBeVisible();
		await page.emulateMedia({ media: 'screen' });
	}
});

test('in the whole handbook the category, date and versions of a topic sit on whole rows, as on the topic page', async ({ page }) => {
	await page.goto(`${siteUrl()}print/`);
	await page.emulateMedia({ media: 'print' });
	// About the width of an A4 sheet's printable area, where the facts take two rows.
	await page.setViewportSize({ width: 700, height: 900 });
	const offsets = await page.locator('.topic-meta').evaluateAll((metas) =>
		metas.flatMap((meta) => {
			const items = [...meta.children].map((item) => item.getBoundingClientRect());
			// An item that starts a row other than the first is placed a whole row below, not part of one.
			return items.slice(1).map((box, i) => {
				const rowHeight = items[i]!.height;
				const drop = box.top - items[i]!.top;
				return drop === 0 || drop >= rowHeight ? 0 : drop;
			});
		})
	);
	expect(offsets.length).toBeGreaterThan(20);
	expect(offsets.filter((d) => d !== 0)).toEqual([]);
});

test('the whole handbook carries each component stylesheet once', async ({ page }) => {
	for (const path of ['print/', 'en/print/']) {
		await page.goto(siteUrl() + path);
		const styles = await page.locator('style').evaluateAll((els) => els.map((el) => el.textContent ?? ''));
		// The explained-command styles: a component used on several topics, so the case that repeated.
		expect(styles.filter((css) => css.includes('.explained-command')).length, path).toBe(1);
		expect(styles.length - new Set(styles).size, `${path}: repeated <style> elements`).toBe(0);
	}
});

for (const locale of localesUnderTest) {
	test(`on a phone, a whole-handbook topic that is not laid out yet holds at least its own height (${locale})`, async ({ page }) => {
		// Anything that measures an element inside a skipped topic (axe's contrast check) finds it
		// where it would be; a shorter placeholder puts it over the next topic's boxes.
		await page.setViewportSize({ width: 360, height: 800 });
		await page.goto(`${siteUrl()}${locale === 'en' ? 'en/' : ''}print/`);
		const placeholders = await page.locator('article.handbook-topic').evaluateAll((articles) =>
			articles.map((a) => parseFloat(getComputedStyle(a).containIntrinsicHeight.replace('auto', '')))
		);
		await page.addStyleTag({ content: 'article.handbook-topic { content-visibility: visible !important; }' });
		const heights = await page.locator('article.handbook-topic').evaluateAll((articles) => articles.map((a) => a.getBoundingClientRect().height));
		expect(heights.length).toBe(topics.length);
		for (const [i, height] of heights.entries()) expect(placeholders[i], `${topics[i]!.slug}: placeholder against laid-out height`).toBeGreaterThanOrEqual(height);
	});
}

for (const locale of localesUnderTest) {
	test(`the whole-handbook page fetches its scripts after its content, and they still run (${locale})`, async ({ page }) => {
		await page.goto(`${siteUrl()}${locale === 'en' ? 'en/' : ''}print/`);
		const order = await page.evaluate(() => {
			const lastTopic = [...document.querySelectorAll('article.handbook-topic')].at(-1)!;
			const scripts = [...document.querySelectorAll('script[type="module"]')];
			return { scripts: scripts.length, beforeContent: scripts.filter((s) => !(lastTopic.compareDocumentPosition(s) & Node.DOCUMENT_POSITION_FOLLOWING)).length };
		});
		expect(order.scripts).toBeGreaterThan(3);
		expect(order.beforeContent).toBe(0);
		await page.locator('#starlight__search[data-search-ui]').waitFor({ state: 'attached' });
		await page.keyboard.press('Control+k');
		await page.locator('#starlight__search input.pagefind-ui__search-input').fill('zookeeper');
		await expect(page.locator('#starlight__search .pagefind-ui__result-link').first()).toBeVisible();
	});
}
