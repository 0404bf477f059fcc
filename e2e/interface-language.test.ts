import { expect, test, type Page } from '@playwright/test';
import { metaStrings } from '../src/lib/i18n.ts';
import { siteUrl, topicSlugs, topicUrl, type Locale } from './site.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const han = /\p{Script=Han}/u;
const widths = [390, 1440] as const;

/** Interface text of the page that is not content: attributes a reader sees or hears. */
async function interfaceStrings(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll('[title], [aria-label], [data-copied], [placeholder]')]
			// Text marked as the other language (the 404 page's link to the English edition) is not interface.
			.filter((el) => el.closest('[lang]')?.getAttribute('lang') === document.documentElement.lang)
			// Pagefind UI's own strings are the search suite's (it showed "Search this site" on zh-CN pages).
			.filter((el) => !el.closest('#starlight__search'))
			.flatMap((el) => ['title', 'aria-label', 'data-copied', 'placeholder'].map((a) => el.getAttribute(a)).filter((v): v is string => !!v))
	);
}

for (const width of widths) {
	for (const [locale, other] of [
		['en', 'zh-CN'],
		['zh-CN', 'en'],
	] as const satisfies [Locale, Locale][]) {
		test(`at ${width}px the ${locale} pages' buttons, placeholders and copy feedback are in ${locale}`, async ({ page }) => {
			await page.setViewportSize({ width, height: 900 });
			for (const slug of ['kafka', 'rsync', 'ssh-key-permissions']) {
				await page.goto(topicUrl(slug, locale));
				const strings = await interfaceStrings(page);
				expect(strings.length).toBeGreaterThan(3);
				if (locale === 'en') expect(strings.filter((s) => han.test(s)), slug).toEqual([]);
				else expect(strings.filter((s) => /^[\x20-\x7e]+$/.test(s) && /[a-z]{3} [a-z]{3}/i.test(s)), slug).toEqual([]);
				await expect(page.locator('.ec-placeholder').first()).toHaveAttribute('title', metaStrings[locale].placeholder);
				expect(metaStrings[locale].placeholder).not.toBe(metaStrings[other].placeholder);
			}
			const block = page.locator('.expressive-code').filter({ has: page.locator('.copy button') }).first();
			await block.scrollIntoViewIfNeeded();
			// Sections near the viewport are laid out in the frames after a jump (content-visibility)
			// and the page may still move; a reader clicks what has stopped moving.
			await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 100)))));
			await block.hover();
			await block.locator('.copy button').click();
			const feedback = block.locator('.copy [aria-live] .feedback');
			await expect(feedback).toHaveText(locale === 'en' ? 'Copied!' : '复制成功！');
		});

		test(`at ${width}px the ${locale} page meta uses one name per field, the same one as the search filter`, async ({ page }) => {
			await page.setViewportSize({ width, height: 900 });
			await page.goto(topicUrl('kafka', locale));
			const t = metaStrings[locale];
			await expect(page.locator('.topic-meta dt')).toHaveText([t.category, t.checked, t.against]);
			// Each label on one line (核对版本 broke as 核对版/本 at 390 px).
			for (const dt of await page.locator('.topic-meta dt').all()) {
				const rows = await dt.evaluate((el) => {
					const range = document.createRange();
					range.selectNodeContents(el);
					return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
				});
				expect(rows, (await dt.textContent()) ?? '').toBe(1);
			}
			await page.locator('#starlight__search[data-search-ui]').waitFor({ state: 'attached' });
			await page.locator('site-search button[data-open-modal]').click();
			await page.locator('#starlight__search input.pagefind-ui__search-input').fill('Kafka');
			const panel = page.locator('#starlight__search .pagefind-ui__filter-panel');
			await expect(panel).toContainText(t.category);
		});

		test(`at ${width}px the ${locale} page meta of every topic stays inside its column`, async ({ page }) => {
			await page.setViewportSize({ width, height: 900 });
			for (const slug of topicSlugs) {
				await page.goto(topicUrl(slug, locale));
				const outside = await page.locator('.topic-meta dd').evaluateAll((dds) =>
					dds.flatMap((dd) => {
						const right = dd.closest('.topic-meta')!.getBoundingClientRect().right;
						return [...dd.querySelectorAll('.upstream-version')].filter((v) => v.getBoundingClientRect().right > right + 1).map((v) => v.textContent);
					})
				);
				expect(outside, slug).toEqual([]);
			}
		});

		test(`at ${width}px the ${locale} verified line reads as a sentence without repeating the tool name`, async ({ page }) => {
			await page.setViewportSize({ width, height: 900 });
			await page.goto(topicUrl('ssh-key-permissions', locale));
			const line = page.locator('[data-verified-example="ssh-key-permissions/key-modes.console"]');
			const text = (await line.innerText()).trim();
			expect(text.startsWith('✓ ')).toBe(true);
			expect(text).toContain(metaStrings[locale].verified);
			expect(text).not.toMatch(/OpenSSH OpenSSH/);
		});
	}

	test(`at ${width}px an unknown English address gets an English 404 page, a Chinese one a Chinese page`, async ({ page }) => {
		await page.setViewportSize({ width, height: 900 });
		const en = await page.goto(`${siteUrl()}en/no-such-page/`);
		expect(en?.status()).toBe(404);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.locator('h1')).toHaveText('Page not found');
		expect(han.test(await page.locator('main').innerText())).toBe(false);
		expect((await interfaceStrings(page)).filter((s) => han.test(s))).toEqual([]);
		await page.getByTestId('not-found-home').click();
		await expect(page).toHaveURL(`${siteUrl()}en/`);

		const zh = await page.goto(`${siteUrl()}no-such-page/`);
		expect(zh?.status()).toBe(404);
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
		await expect(page.locator('h1')).toHaveText('页面不存在');
		await expect(page.getByTestId('not-found-other-edition')).toHaveAttribute('lang', 'en');
	});
}
