import { expect, test, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { topics } from '../src/lib/topics.ts';
import { siteUrl } from './site.ts';
import { buildFixture, projectRoot, serve, type RunningServer } from './test-utils.ts';
import { altTexts, fonts, lines, outline, pageTexts, pdfInfo, squash, type OutlineItem } from './pdf-reader.ts';

/**
 * `npm run pdf` on the built site: the whole handbook in both languages and two topics' own PDFs,
 * printed once for the suite (about a minute), then read back with poppler and as PDF objects.
 */
test.describe.configure({ mode: 'serial' });

const outDir = mkdtempSync(join(tmpdir(), 'ops-handbook-pdfs-'));
const langs = ['zh-CN', 'en'] as const;
type Lang = (typeof langs)[number];
const ownPdfs: { slug: string; lang: Lang }[] = [
	{ slug: 'rsync', lang: 'zh-CN' },
	{ slug: 'kafka', lang: 'en' },
];
const handbook = (lang: Lang) => join(outDir, lang, 'handbook.pdf');
const topicPdf = (slug: string, lang: Lang) => join(outDir, lang, `${slug}.pdf`);
const prefix = (lang: Lang) => (lang === 'en' ? '/en/' : '/');
const loopbackUrl = /https?:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])/i;
const sitePageOnLoopback = new RegExp(
	`https?://(127\\.\\d+\\.\\d+\\.\\d+|localhost|\\[::1\\])(:4321|(:\\d+)?/(en/)?(print|${topics.map((t) => t.slug).join('|')})/)`,
	'i'
);

interface TopicShape {
	slug: string;
	title: string;
	sections: string[];
	/** The titles of the topic's diagrams (SVG images): their alternative text. */
	figures: string[];
}
const shapes = new Map<Lang, TopicShape[]>();

/** Each topic's title and section headings, as the print page shows them. */
async function topicShapes(page: Page, lang: Lang): Promise<TopicShape[]> {
	await page.goto(`${siteUrl()}${lang === 'en' ? 'en/' : ''}print/`);
	return page.locator('article[data-print-topic]').evaluateAll((articles) =>
		articles.map((a) => ({
			slug: a.getAttribute('data-print-topic')!,
			title: a.querySelector('h2')!.textContent!.trim(),
			sections: [...a.querySelectorAll('.sl-markdown-content > h3, .sl-markdown-content > .sl-heading-wrapper > h3')].map((h) => h.textContent!.trim()),
			figures: [...a.querySelectorAll('svg[role="img"] > title')].map((t) => t.textContent!.trim()),
		}))
	);
}

test.beforeAll(async ({ browser }) => {
	test.setTimeout(600_000);
	const run = spawnSync(process.execPath, ['src/cli/pdf.ts', '--no-build', '--out', outDir, '--only', ['handbook', ...ownPdfs.map((p) => p.slug)].join(',')], {
		cwd: projectRoot,
		encoding: 'utf8',
	});
	if (run.status !== 0) throw new Error(`npm run pdf failed:\n${run.stdout}\n${run.stderr}`);
	const page = await browser.newPage();
	for (const lang of langs) shapes.set(lang, await topicShapes(page, lang));
	await page.close();
});

test.afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** Where each topic starts in the handbook: its bookmark's page. */
function topicStarts(lang: Lang): number[] {
	const items = outline(handbook(lang));
	return shapes.get(lang)!.map((t) => items.find((i) => squash(i.title) === squash(t.title))?.page ?? -1);
}

for (const lang of langs) {
	test(`the ${lang} handbook's bookmarks list every topic with its sections in reading order`, () => {
		const items = outline(handbook(lang));
		const topicItems = items.filter((i) => i.children.length > 0);
		expect(topicItems.map((i) => squash(i.title))).toEqual(shapes.get(lang)!.map((t) => squash(t.title)));
		for (const [i, topic] of shapes.get(lang)!.entries()) {
			expect(topic.sections.length, topic.slug).toBeGreaterThan(2);
			expect(topicItems[i]!.children.map((c) => squash(c.title)), topic.slug).toEqual(topic.sections.map(squash));
		}
		// Bookmarks go forward through the book.
		const pages = topicItems.flatMap((t: OutlineItem) => [t.page, ...t.children.map((c) => c.page)]);
		expect(pages).toEqual([...pages].sort((a, b) => a - b));
	});

	test(`every ${lang} contents entry gives the page its topic or section starts on`, () => {
		const texts = pageTexts(handbook(lang));
		const items = outline(handbook(lang));
		const starts = topicStarts(lang);
		expect(starts.every((p) => p > 2), `topic starts ${starts}`).toBe(true);
		// The contents run from page 2 to the page before the first topic. Entries are read against
		// the titles they should show, because a title may end in a number ("… at LBA 1") and, when a
		// title wraps, pdftotext may split its page number over the two lines ("11" / "0").
		const contentLines = texts.slice(1, starts[0]! - 1).flatMap((page) => lines(page).slice(1, -1));
		const expected = shapes.get(lang)!.flatMap((topic, i) => {
			const item = items.find((it) => squash(it.title) === squash(topic.title))!;
			return [
				{ title: topic.title, page: starts[i]! },
				...topic.sections.map((s, j) => ({ title: s, page: item.children[j]?.page ?? -1 })),
			];
		});
		const printed: { text: string; page: number }[] = [];
		let next = 0;
		for (const { title } of expected) {
			let text = '';
			let digits = '';
			while (next < contentLines.length) {
				const m = /^(.*?)(?:\s{2,}(\d+))?$/.exec(contentLines[next++]!)!;
				text += m[1]!;
				digits += m[2] ?? '';
				if (squash(text).endsWith(squash(title))) break;
			}
			printed.push({ text: squash(text), page: Number(digits) });
		}
		expect(printed.length).toBe(expected.length);
		for (const [i, e] of expected.entries()) {
			expect(printed[i]!.text.endsWith(squash(e.title)), `contents line ${i}: ${printed[i]!.text} for ${e.title}`).toBe(true);
			expect(printed[i]!.page, `${e.title}`).toBe(e.page);
		}
		// A topic's start page opens with its title, under the running header.
		for (const [i, topic] of shapes.get(lang)!.entries()) {
			expect(squash(lines(texts[starts[i]! - 1]!).slice(0, 4).join('')), topic.slug).toContain(squash(topic.title).slice(0, 8));
		}
	});

	test(`every page of a topic in the ${lang} handbook names the topic in its header and its own address in its footer`, () => {
		const texts = pageTexts(handbook(lang));
		const starts = topicStarts(lang);
		const topicList = shapes.get(lang)!;
		for (const [i, topic] of topicList.entries()) {
			const end = i + 1 < starts.length ? starts[i + 1]! - 1 : texts.length;
			for (let p = starts[i]!; p <= end; p++) {
				const pageLines = lines(texts[p - 1]!);
				// The header is the page's first line; a long title may be cut short at the box's edge.
				expect(squash(topic.title).startsWith(squash(pageLines[0]!)) && squash(pageLines[0]!).length >= 6, `page ${p} header "${pageLines[0]}" for ${topic.slug}`).toBe(true);
				expect(pageLines.at(-1), `page ${p} footer`).toContain(`${prefix(lang)}${topic.slug}/`);
				expect(squash(pageLines.at(-1)!), `page ${p} footer`).toContain(squash(lang === 'en' ? `Page ${p} of ${texts.length}` : `第 ${p} 页，共 ${texts.length} 页`));
			}
		}
	});

	test(`the ${lang} handbook opens with a cover naming the handbook, its edition and the checked dates`, () => {
		const cover = lines(pageTexts(handbook(lang))[0]!);
		const version = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;
		expect(squash(cover[0]!)).toBe(squash(lang === 'en' ? 'Ops Handbook' : '运维手册'));
		expect(cover.join(' ')).toContain(version);
		expect(cover.join(' ')).toMatch(/\d{4}-\d\d-\d\d/);
		expect(squash(cover.join(''))).toContain(squash(lang === 'en' ? 'Checked' : '核对日期'));
		expect(cover.join(' '), 'no running head or page number on the cover').not.toMatch(/Page 1 of|第 1 页/);
	});

	test(`the ${lang} handbook is a tagged PDF with its title, author, subject, keywords and language`, () => {
		const info = pdfInfo(handbook(lang));
		expect(info['Tagged']).toBe('yes');
		expect(info['Title']).toBe(lang === 'en' ? 'Ops Handbook' : '运维手册');
		for (const key of ['Author', 'Subject', 'Keywords']) expect(info[key], key).toBeTruthy();
		expect(info['Keywords']).toContain('Apache Kafka');
		const raw = readFileSync(handbook(lang)).toString('latin1');
		expect(raw).toContain(`/Lang (${lang})`);
		for (const tag of ['Document', 'H1', 'H2', 'H3', 'P', 'L', 'LI', 'Table', 'TR', 'TH', 'TD', 'Figure', 'Link']) {
			expect(raw, `structure element ${tag}`).toMatch(new RegExp(`/S /${tag}\\b`));
		}
		const figures = shapes.get(lang)!.flatMap((t) => t.figures);
		expect(figures.length).toBeGreaterThan(5);
		const alts = new Set(altTexts(handbook(lang)).map(squash));
		expect(figures.filter((f) => !alts.has(squash(f))), 'diagrams without their alt text').toEqual([]);
	});
}

test('no page of the printed PDFs shows or links to a loopback address', () => {
	const files = [...langs.map(handbook), ...ownPdfs.map((p) => topicPdf(p.slug, p.lang))];
	for (const file of files) {
		for (const [i, text] of pageTexts(file).entries()) {
			const pageLines = lines(text);
			// Examples on the pages use loopback addresses of their own (a test server on 127.0.0.1:47080);
			// the running head and foot never do, and no text anywhere points at the site's pages on loopback.
			expect([pageLines[0], pageLines.at(-1)].join('\n'), `${file} page ${i + 1} head and foot`).not.toMatch(loopbackUrl);
			expect(text, `${file} page ${i + 1}`).not.toMatch(sitePageOnLoopback);
		}
		const uris = [...readFileSync(file).toString('latin1').matchAll(/\/URI \(([^)]*)\)/g)].map((m) => m[1]!);
		expect(uris.length, file).toBeGreaterThan(0);
		expect(uris.filter((u) => loopbackUrl.test(u)), file).toEqual([]);
	}
});

test('every font in the printed PDFs is embedded, with a Unicode map for copying text', () => {
	for (const file of [...langs.map(handbook), ...ownPdfs.map((p) => topicPdf(p.slug, p.lang))]) {
		const list = fonts(file);
		expect(list.length, file).toBeGreaterThan(0);
		expect(list.filter((f) => !f.embedded).map((f) => f.name), file).toEqual([]);
		expect(list.filter((f) => !f.unicode).map((f) => f.name), file).toEqual([]);
	}
});

for (const { slug, lang } of ownPdfs) {
	test(`the ${slug} PDF (${lang}) has no cover, and its header, footer, bookmarks and tags`, () => {
		const file = topicPdf(slug, lang);
		const shape = shapes.get(lang)!.find((t) => t.slug === slug)!;
		const texts = pageTexts(file);
		expect(squash(lines(texts[0]!).slice(0, 3).join('')), 'page 1 opens with the topic').toContain(squash(shape.title).slice(0, 8));
		for (const [i, text] of texts.entries()) {
			const pageLines = lines(text);
			expect(squash(shape.title).startsWith(squash(pageLines[0]!)), `page ${i + 1} header "${pageLines[0]}"`).toBe(true);
			expect(pageLines.at(-1), `page ${i + 1} footer`).toContain(`${prefix(lang)}${slug}/`);
		}
		const items = outline(file);
		expect(items.map((i) => squash(i.title))).toEqual([squash(shape.title)]);
		expect(items[0]!.children.map((c) => squash(c.title))).toEqual(shape.sections.map(squash));
		expect(pdfInfo(file)['Tagged']).toBe('yes');
		expect(squash(pdfInfo(file)['Title']!)).toBe(squash(shape.title));
	});
}

test.describe('download links', () => {
	let built: RunningServer | undefined;
	test.afterAll(async () => {
		await built?.close();
	});

	test('a site built after npm run pdf offers the PDFs on the home pages and topic pages', async ({ page }) => {
		test.setTimeout(300_000);
		const result = buildFixture('pdf-downloads', { PDF_DIR: outDir });
		expect(result.status, result.output.slice(-3000)).toBe(0);
		built = await serve(result.outDir);
		for (const lang of langs) {
			await page.goto(`${built.url}${lang === 'en' ? 'en/' : ''}`);
			const home = page.getByRole('link', { name: lang === 'en' ? 'Download the whole handbook as PDF' : '下载整本手册 PDF' });
			const response = await page.request.get(new URL((await home.getAttribute('href'))!, page.url()).href);
			expect(response.status()).toBe(200);
			expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
			expect(await home.getAttribute('download')).not.toBeNull();
		}
		for (const { slug, lang } of ownPdfs) {
			await page.goto(`${built.url}${lang === 'en' ? 'en/' : ''}${slug}/`);
			const link = page.getByRole('link', { name: lang === 'en' ? 'Download PDF' : '下载 PDF' });
			await expect(link).toHaveAttribute('href', `/pdf/${lang}/${slug}.pdf`);
			expect((await page.request.get(new URL((await link.getAttribute('href'))!, page.url()).href)).status()).toBe(200);
		}
		// Topics whose PDF was not printed get no link.
		await page.goto(`${built.url}netcat/`);
		await expect(page.locator('.pdf-download')).toHaveCount(0);
		await page.emulateMedia({ media: 'print' });
		await page.goto(`${built.url}rsync/`);
		await expect(page.locator('.pdf-download')).toBeHidden();
	});

	test('a site built without PDFs has no download links, and its print page still works', async ({ page }) => {
		// The base-path build copies the sources without pdf/, so it has no PDFs.
		expect(existsSync(join(projectRoot, 'e2e/.fixtures/base-path/pdf'))).toBe(false);
		for (const path of ['', 'rsync/', 'en/', 'en/kafka/']) {
			await page.goto(siteUrl('base') + path);
			await expect(page.locator('.pdf-download'), path).toHaveCount(0);
		}
		await page.goto(siteUrl('base'));
		await page.getByRole('link', { name: '打印整本手册' }).click();
		await expect(page.locator('article.handbook-topic')).toHaveCount(topics.length);
	});
});

test('npm run pdf refuses a paper format it does not know', () => {
	const run = spawnSync(process.execPath, ['src/cli/pdf.ts', '--no-build', '--format', 'A3'], { cwd: projectRoot, encoding: 'utf8' });
	expect(run.status).toBe(2);
	expect(run.stderr).toContain('use A4 or Letter');
});
