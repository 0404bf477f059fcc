import { expect, test, type Page } from '@playwright/test';
import { localesUnderTest, siteUrl, topicSlugs, topicUrl } from './site.ts';

/** Visits every page reachable by links from the home page and checks each internal link on the way. */
async function crawl(page: Page, start: string) {
	const origin = new URL(start).origin;
	const basePath = new URL(start).pathname;
	const queue = [start];
	const seen = new Set<string>(queue);
	const idsByPage = new Map<string, Set<string>>();
	const links: { from: string; to: string }[] = [];
	const statuses = new Map<string, number>();
	while (queue.length) {
		const url = queue.shift()!;
		const response = await page.goto(url);
		statuses.set(url, response?.status() ?? 0);
		const found = await page.evaluate(() => ({
			ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
			hrefs: [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
		}));
		idsByPage.set(url, new Set(found.ids));
		for (const href of found.hrefs) {
			const target = new URL(href);
			if (target.origin !== origin || !target.pathname.startsWith(basePath)) continue;
			links.push({ from: url, to: href });
			const pageUrl = target.origin + target.pathname;
			if (!seen.has(pageUrl)) {
				seen.add(pageUrl);
				queue.push(pageUrl);
			}
		}
	}
	return { statuses, idsByPage, links };
}

for (const which of ['root', 'base'] as const) {
	test(`every page is reachable from the home page and every internal link resolves (${which} build)`, async ({ page }) => {
		test.setTimeout(240_000);
		const { statuses, idsByPage, links } = await crawl(page, siteUrl(which));
		for (const locale of localesUnderTest) {
			for (const slug of topicSlugs) expect(statuses.has(topicUrl(slug, locale, which)), `${slug} (${locale}) reachable`).toBe(true);
		}
		const broken = [...statuses].filter(([, status]) => status !== 200);
		expect(broken, 'pages that did not answer 200').toEqual([]);
		const missingAnchors = links.filter(({ to }) => {
			const target = new URL(to);
			const hash = decodeURIComponent(target.hash.slice(1));
			if (!hash || hash === '_top') return false;
			return !idsByPage.get(target.origin + target.pathname)?.has(hash);
		});
		expect(missingAnchors, 'links whose #fragment has no target').toEqual([]);
	});
}

test('the sidebar lists every topic page in topic-list order', async ({ page }) => {
	for (const locale of localesUnderTest) {
		await page.goto(topicUrl(topicSlugs[0]!, locale));
		const hrefs = await page.locator('#starlight__sidebar a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
		expect(hrefs).toEqual(topicSlugs.map((slug) => topicUrl(slug, locale)));
	}
});

for (const width of [390, 1440]) {
	for (const locale of localesUnderTest) {
		test(`at ${width}px (${locale}) every sidebar entry is a short label on one line, and the page keeps its descriptive title`, async ({ page }) => {
			await page.setViewportSize({ width, height: 900 });
			for (const slug of ['kafka', 'ssh-key-permissions', 'zookeeper-deploy']) {
				await page.goto(topicUrl(slug, locale));
				const title = (await page.locator('main h1').innerText()).trim();
				const menu = page.locator('button.sl-menu-button');
				if (await menu.isVisible()) await menu.click();
				const current = page.locator('#starlight__sidebar a[aria-current="page"]');
				await expect(current).toBeVisible();
				const label = (await current.innerText()).trim();
				expect(label.length, `${slug}: "${label}" is shorter than "${title}"`).toBeLessThan(title.length);
				expect(title.startsWith(label) || title.includes(label.split(' ')[0]!), `${slug}: "${label}" names "${title}"`).toBe(true);
				const rows = await page.locator('#starlight__sidebar a[href] span').evaluateAll((spans) =>
					spans
						.map((span) => {
							const range = document.createRange();
							range.selectNodeContents(span);
							return { text: span.textContent?.trim(), rows: new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size };
						})
						.filter((s) => s.rows > 1)
				);
				expect(rows, 'sidebar entries on more than one line').toEqual([]);
			}
		});
	}
}

test('at 390px a Chinese page title breaks after a space or punctuation, and inside a run of words only when the run is wider than the line', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 900 });
	let wrapped = 0;
	for (const slug of topicSlugs) {
		await page.goto(topicUrl(slug, 'zh-CN'));
		const { rows, midRun } = await page.locator('main h1').evaluate((h1) => {
			const node = h1.firstChild;
			const text = node?.textContent ?? '';
			const chars: { ch: string; top: number; width: number }[] = [];
			for (let i = 0; node && i < text.length; i++) {
				const range = document.createRange();
				range.setStart(node, i);
				range.setEnd(node, i + 1);
				const rect = range.getClientRects()[0];
				chars.push({ ch: text[i]!, top: rect ? Math.round(rect.top) : (chars.at(-1)?.top ?? 0), width: rect?.width ?? 0 });
			}
			const breakable = (ch: string) => /[\s：、，；（）/]/.test(ch);
			let rows = 1;
			const midRun: string[] = [];
			for (let i = 1; i < chars.length; i++) {
				if (chars[i]!.top <= chars[i - 1]!.top) continue;
				rows++;
				if (breakable(chars[i - 1]!.ch) || /[（(]/.test(chars[i]!.ch)) continue;
				let from = i - 1;
				while (from > 0 && !breakable(chars[from - 1]!.ch)) from--;
				let to = i;
				while (to < chars.length - 1 && !breakable(chars[to]!.ch)) to++;
				const runWidth = chars.slice(from, to + 1).reduce((sum, c) => sum + c.width, 0);
				if (runWidth <= h1.clientWidth) midRun.push(`${text.slice(0, i)}|${text.slice(i)}`);
			}
			return { rows, midRun };
		});
		if (rows > 1) wrapped++;
		expect(midRun, slug).toEqual([]);
	}
	expect(wrapped, 'some titles take two rows at 390px').toBeGreaterThan(2);
});

test('the current page is marked in the sidebar', async ({ page }) => {
	await page.goto(topicUrl('kafka'));
	const current = page.locator('#starlight__sidebar a[aria-current="page"]');
	await expect(current).toHaveCount(1);
	await expect(current).toHaveAttribute('href', new URL(topicUrl('kafka')).pathname);
});

test('previous and next links follow the sidebar order', async ({ page }) => {
	for (const [i, slug] of topicSlugs.entries()) {
		await page.goto(topicUrl(slug));
		const prev = page.locator('.pagination-links a[rel="prev"]');
		const next = page.locator('.pagination-links a[rel="next"]');
		if (i === 0) await expect(prev).toHaveCount(0);
		else await expect(prev).toHaveAttribute('href', new URL(topicUrl(topicSlugs[i - 1]!)).pathname);
		if (i === topicSlugs.length - 1) await expect(next).toHaveCount(0);
		else await expect(next).toHaveAttribute('href', new URL(topicUrl(topicSlugs[i + 1]!)).pathname);
	}
});

test('every topic page has a table of contents', async ({ page }) => {
	for (const slug of topicSlugs) {
		await page.goto(topicUrl(slug));
		await expect(page.locator('starlight-toc nav a').first(), slug).toBeAttached();
		expect(await page.locator('starlight-toc nav a').count(), slug).toBeGreaterThan(3);
	}
});

test('the home page lists every topic with its summary', async ({ page }) => {
	for (const locale of localesUnderTest) {
		await page.goto(siteUrl() + (locale === 'en' ? 'en/' : ''));
		for (const slug of topicSlugs) {
			const link = page.locator(`.topic-index a[href="${new URL(topicUrl(slug, locale)).pathname}"]`);
			await expect(link, `${slug} on the ${locale} home page`).toHaveCount(1);
			await expect(link.locator('xpath=following-sibling::*[1]')).toHaveText(/\S.{7,}/);
		}
	}
});

test('an unknown URL shows the 404 page with a way back', async ({ page }) => {
	const response = await page.goto(`${siteUrl()}no-such-page/`);
	expect(response?.status()).toBe(404);
	await expect(page.locator('h1')).toContainText('页面不存在');
	await page.getByTestId('not-found-home').click();
	await expect(page).toHaveURL(siteUrl());
	await page.goBack();
	await expect(page.locator('site-search button[data-open-modal]')).toBeEnabled();
});

test('the 404 page works under a base path', async ({ page }) => {
	const response = await page.goto(`${siteUrl('base')}no-such-page/`);
	expect(response?.status()).toBe(404);
	await page.getByTestId('not-found-home').click();
	await expect(page).toHaveURL(siteUrl('base'));
});

test('the mobile menu opens, navigates and closes', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto(topicUrl('rsync'));
	const menu = page.locator('button.sl-menu-button');
	const sidebar = page.locator('#starlight__sidebar');
	await expect(sidebar).toBeHidden();
	await menu.click();
	await expect(sidebar).toBeVisible();
	await sidebar.locator(`a[href="${new URL(topicUrl('kafka')).pathname}"]`).click();
	await expect(page).toHaveURL(topicUrl('kafka'));
	await expect(page.locator('#starlight__sidebar')).toBeHidden();
});

test('the skip link moves focus to the content', async ({ page }) => {
	await page.goto(topicUrl('rsync'));
	await page.keyboard.press('Tab');
	const skip = page.locator('a.sl-skip-link');
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#_top$/);
	await page.keyboard.press('Tab');
	const inContent = await page.evaluate(() => !!document.activeElement?.closest('main'));
	expect(inContent).toBe(true);
});

test('the sidebar is reachable with the Tab key', async ({ page }) => {
	await page.goto(topicUrl('rsync'));
	let reached = false;
	for (let i = 0; i < 40 && !reached; i++) {
		await page.keyboard.press('Tab');
		reached = await page.evaluate(() => !!document.activeElement?.closest('#starlight__sidebar a'));
	}
	expect(reached).toBe(true);
});

test('the language switcher leads to the English counterpart', async ({ page }) => {
	for (const slug of ['rsync', 'hadoop-ha']) {
		await page.goto(topicUrl(slug));
		await page.locator('starlight-lang-select select').first().selectOption({ label: 'English' });
		await expect(page).toHaveURL(topicUrl(slug, 'en'));
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	}
});
