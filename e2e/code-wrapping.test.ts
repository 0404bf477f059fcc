import { expect, test, type Page } from '@playwright/test';
import { breakAfter } from '../src/plugins/ec-line-breaks.ts';
import { localesUnderTest, topicSlugs, topicUrl } from './site.ts';

const widths = [390, 1440] as const;

/**
 * Every place where a code line continues on the next row, as `…before|after…`, when the row ends
 * neither after a space nor after one of the `breakAfter` marks, or inside a placeholder; and every
 * placeholder laid out on more than one row.
 */
async function badBreaks(page: Page): Promise<string[]> {
	return page.evaluate((marks) => {
		const problems: string[] = [];
		const codes = [...document.querySelectorAll<HTMLElement>('.expressive-code .ec-line .code')];
		for (const code of codes) {
			const lineHeight = parseFloat(getComputedStyle(code).lineHeight);
			if (code.getBoundingClientRect().height < lineHeight * 1.5) continue;
			const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
			const chars: { ch: string; top: number; placeholder: Element | null }[] = [];
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const text = node.textContent ?? '';
				const placeholder = node.parentElement?.closest('.ec-placeholder') ?? null;
				for (let i = 0; i < text.length; i++) {
					const range = document.createRange();
					range.setStart(node, i);
					range.setEnd(node, i + 1);
					const rect = range.getClientRects()[0];
					if (rect && rect.width > 0) chars.push({ ch: text[i]!, top: Math.round(rect.top), placeholder });
				}
			}
			const line = chars.map((c) => c.ch).join('');
			for (let i = 1; i < chars.length; i++) {
				const prev = chars[i - 1]!;
				const cur = chars[i]!;
				if (cur.top <= prev.top) continue;
				const inPlaceholder = prev.placeholder !== null && prev.placeholder === cur.placeholder;
				if (inPlaceholder || !(/\s/.test(prev.ch) || marks.includes(prev.ch))) {
					problems.push(`${line.slice(Math.max(0, i - 20), i)}|${line.slice(i, i + 20)}`);
				}
			}
		}
		for (const placeholder of document.querySelectorAll('.expressive-code .ec-placeholder')) {
			const tops = new Set([...placeholder.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
			if (tops.size > 1) problems.push(`placeholder ${placeholder.textContent} on ${tops.size} rows`);
		}
		return problems;
	}, breakAfter);
}

for (const width of widths) {
	for (const locale of localesUnderTest) {
		test(`at ${width}px (${locale}) code wraps only at spaces and punctuation and never inside a placeholder`, async ({ page }) => {
			test.setTimeout(120_000);
			await page.setViewportSize({ width, height: 900 });
			let placeholders = 0;
			for (const slug of topicSlugs) {
				await page.goto(topicUrl(slug, locale));
				placeholders += await page.locator('.expressive-code .ec-placeholder').count();
				expect(await badBreaks(page), slug).toEqual([]);
			}
			expect(placeholders, 'the pages have placeholders to check').toBeGreaterThan(50);
		});

		test(`at ${width}px (${locale}) a terminal frame's title never overlaps the window dots`, async ({ page }) => {
			await page.setViewportSize({ width, height: 900 });
			let titled = 0;
			for (const slug of topicSlugs) {
				await page.goto(topicUrl(slug, locale));
				const overlaps = await page.evaluate(() =>
					[...document.querySelectorAll<HTMLElement>('.expressive-code .frame.is-terminal .header')].flatMap((header) => {
						const title = header.querySelector('.title');
						if (!title?.textContent) return [];
						const dots = getComputedStyle(header, '::before');
						const dotsRight = header.getBoundingClientRect().left + parseFloat(dots.left) + parseFloat(dots.width);
						const range = document.createRange();
						range.selectNodeContents(title);
						const left = Math.min(...[...range.getClientRects()].map((r) => r.left));
						return [{ title: title.textContent, overlap: left < dotsRight }];
					})
				);
				titled += overlaps.length;
				expect(overlaps.filter((o) => o.overlap).map((o) => o.title), slug).toEqual([]);
			}
			expect(titled, 'terminal frames with titles were checked').toBeGreaterThan(5);
		});
	}
}

for (const locale of localesUnderTest) {
	test(`at 390px (${locale}) inline code breaks only at spaces and punctuation unless a word is wider than the row`, async ({ page }) => {
		test.setTimeout(120_000);
		await page.setViewportSize({ width: 390, height: 900 });
		let checked = 0;
		for (const slug of topicSlugs) {
			await page.goto(topicUrl(slug, locale));
			const result = await page.evaluate((marks) => {
				const problems: string[] = [];
				const codes = [...document.querySelectorAll<HTMLElement>('.sl-markdown-content :not(pre) > code')].filter((c) => !c.closest('.not-content'));
				for (const code of codes) {
					let block = code.parentElement!;
					while (getComputedStyle(block).display.startsWith('inline')) block = block.parentElement!;
					const style = getComputedStyle(block);
					const room = block.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
					// Every character, with the row of those drawn (a space at a row's end has no box).
					const chars: { ch: string; top: number | null; width: number }[] = [];
					const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
					for (let node = walker.nextNode(); node; node = walker.nextNode()) {
						const text = node.textContent ?? '';
						for (let i = 0; i < text.length; i++) {
							const range = document.createRange();
							range.setStart(node, i);
							range.setEnd(node, i + 1);
							const rect = range.getClientRects()[0];
							const drawn = rect && rect.width > 0;
							chars.push({ ch: text[i]!, top: drawn ? Math.round(rect.top) : null, width: drawn ? rect.width : 0 });
						}
					}
					const breakable = (ch: string) => /\s/.test(ch) || marks.includes(ch);
					let last = -1;
					for (let i = 0; i < chars.length; i++) {
						if (chars[i]!.top === null) continue;
						const prev = last;
						last = i;
						if (prev < 0 || chars[i]!.top! <= chars[prev]!.top!) continue;
						if (chars.slice(prev, i).some((c) => breakable(c.ch))) continue;
						// The word the row split: from the last break point before to the next after.
						let from = i - 1;
						while (from > 0 && !breakable(chars[from - 1]!.ch)) from--;
						let to = i;
						while (to < chars.length - 1 && !breakable(chars[to]!.ch)) to++;
						const word = chars.slice(from, to + 1);
						const width = word.reduce((sum, c) => sum + c.width, 0);
						if (width <= room) problems.push(word.map((c, k) => (from + k === i ? `|${c.ch}` : c.ch)).join(''));
					}
				}
				return { problems, count: codes.length };
			}, breakAfter);
			checked += result.count;
			expect(result.problems, slug).toEqual([]);
		}
		expect(checked, 'the pages have inline code to check').toBeGreaterThan(100);
	});
}

test('at 390px a config file too wide for the screen scrolls sideways, by keyboard too, with a shadow at the edge that has more', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 900 });
	await page.goto(topicUrl('kafka', 'en'));
	const pre = page.locator('.expressive-code pre[data-language="properties"]').first();
	await pre.scrollIntoViewIfNeeded();
	const { scrollWidth, clientWidth } = await pre.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
	expect(scrollWidth).toBeGreaterThan(clientWidth);
	const wrappedLines = await pre.locator('.ec-line .code').evaluateAll((codes) =>
		codes.filter((c) => c.getBoundingClientRect().height > parseFloat(getComputedStyle(c).lineHeight) * 1.5).map((c) => c.textContent)
	);
	expect(wrappedLines, 'config lines do not wrap on screen').toEqual([]);
	const box = (await pre.boundingBox())!;
	const edge = (x: number) => page.screenshot({ clip: { x, y: box.y + 4, width: 6, height: 40 } });
	const rightAtStart = await edge(box.x + box.width - 8);
	const leftAtStart = await edge(box.x + 2);
	await pre.focus();
	for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowRight');
	await expect.poll(() => pre.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
	await pre.evaluate((el) => (el.scrollLeft = el.scrollWidth));
	const rightAtEnd = await edge(box.x + box.width - 8);
	const leftAtEnd = await edge(box.x + 2);
	expect(rightAtStart.equals(rightAtEnd), 'the right-edge shadow goes away at the end').toBe(false);
	expect(leftAtStart.equals(leftAtEnd), 'a left-edge shadow appears once scrolled').toBe(false);
});

test('shell commands wrap on a phone instead of scrolling', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 900 });
	await page.goto(topicUrl('kafka'));
	const wide = await page.locator('.expressive-code pre[data-language="console"]').evaluateAll((pres) => pres.filter((p) => p.scrollWidth > p.clientWidth + 1).length);
	expect(wide).toBe(0);
});
