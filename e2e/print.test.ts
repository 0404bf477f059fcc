import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { topics } from '../src/lib/topics.ts';
import { siteUrl, topicUrl } from './site.ts';
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
		expect(text, 'the second tab prints too').toContain(squash('apache-zookeeper-3.9.5-bin.tar.gz'));
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
	const titles = await page.locator('article.handbook-topic > h2').allTextContents();
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
