import { expect, test, type Page } from '@playwright/test';
import { enQueries, zhQueries } from './search-queries.ts';
import { siteUrl, topicUrl } from './site.ts';

async function openSearch(page: Page) {
	// Pagefind's UI is built when the browser is idle after load; a reader is never faster than that.
	await page.locator('#starlight__search input.pagefind-ui__search-input').waitFor({ state: 'attached' });
	await page.keyboard.press('Control+k');
	await expect(page.locator('site-search dialog')).toBeVisible();
}

/** Types a query and returns the path of the first result once Pagefind has answered it. */
async function firstResult(page: Page, query: string): Promise<string> {
	const input = page.locator('#starlight__search input.pagefind-ui__search-input');
	await input.fill(query);
	const message = page.locator('#starlight__search .pagefind-ui__message');
	await expect(message).toContainText(query.slice(0, 40));
	// Pagefind UI lists results in rank order but fills each one in as its data arrives, so the
	// first link in the list can belong to a lower result; read the link of the first result.
	const link = page.locator('#starlight__search li.pagefind-ui__result').first().locator('.pagefind-ui__result-link').first();
	await expect(link).toBeVisible();
	return new URL((await link.getAttribute('href'))!, page.url()).pathname;
}

for (const [locale, queries, home] of [
	['zh-CN', zhQueries, ''],
	['en', enQueries, 'en/'],
] as const) {
	test(`${locale} queries rank the page that explains them first`, async ({ page }) => {
		test.setTimeout(240_000);
		await page.goto(siteUrl() + home);
		await openSearch(page);
		const misses: string[] = [];
		for (const [query, slug] of queries) {
			const expected = new URL(topicUrl(slug, locale)).pathname;
			const got = await firstResult(page, query);
			if (got !== expected) misses.push(`${query} → ${got} (expected ${expected})`);
		}
		console.log(`search top-1 (${locale}): ${queries.length - misses.length}/${queries.length}`);
		expect(misses).toEqual([]);
	});
}

test('results show the heading the match is under', async ({ page }) => {
	await page.goto(siteUrl());
	await openSearch(page);
	await firstResult(page, '4lw.commands.whitelist');
	await expect(page.locator('#starlight__search .pagefind-ui__result-nested .pagefind-ui__result-link').first()).toBeVisible();
	await expect(page.locator('#starlight__search .pagefind-ui__result-excerpt').first()).not.toBeEmpty();
});

test('search can be filtered by subject', async ({ page }) => {
	await page.goto(siteUrl());
	await openSearch(page);
	await firstResult(page, 'ZooKeeper');
	const filter = page.locator('#starlight__search .pagefind-ui__filter-panel');
	await expect(filter).toContainText('大数据');
	// Pagefind renders each filter group as a <details>; open it if it starts closed.
	const group = filter.locator('details').first();
	if ((await group.count()) && !(await group.evaluate((d) => (d as HTMLDetailsElement).open))) await group.locator('summary').click();
	await filter.getByLabel(/大数据/).check();
	await expect(page.locator('#starlight__search .pagefind-ui__result-link').first()).toHaveAttribute('href', /hadoop-ha/);
	const links = await page.locator('#starlight__search .pagefind-ui__result > .pagefind-ui__result-inner > .pagefind-ui__result-title > .pagefind-ui__result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
	expect(links.every((href) => href?.includes('hadoop-ha'))).toBe(true);
});

test('the / key opens search, arrows move through results, Enter opens one, Escape closes', async ({ page }) => {
	await page.goto(topicUrl('rsync'));
	// Pagefind's UI is built when the browser is idle after load; a reader is never faster than that.
	await page.locator('#starlight__search input.pagefind-ui__search-input').waitFor({ state: 'attached' });
	await page.keyboard.press('/');
	const input = page.locator('#starlight__search input.pagefind-ui__search-input');
	await expect(input).toBeFocused();
	await input.fill('myid');
	await expect(page.locator('#starlight__search .pagefind-ui__result-link').first()).toBeVisible();
	await page.keyboard.press('ArrowDown');
	await expect(page.locator('#starlight__search .pagefind-ui__result-link').first()).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(page.locator('#starlight__search .pagefind-ui__result-link').nth(1)).toBeFocused();
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/zookeeper-deploy/);
	await page.keyboard.press('Control+k');
	await expect(page.locator('site-search dialog')).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.locator('site-search dialog')).toBeHidden();
});

test('the landed page highlights the searched words', async ({ page }) => {
	await page.goto(siteUrl());
	await openSearch(page);
	await firstResult(page, 'JournalNode');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/hadoop-ha\/.*pagefind-highlight=JournalNode/);
	await expect(page.locator('main mark.pagefind-highlight').first()).toBeVisible();
});

test('an empty result says so and offers the topic list', async ({ page }) => {
	await page.goto(siteUrl());
	await openSearch(page);
	await page.locator('#starlight__search input.pagefind-ui__search-input').fill('Þórsmörk');
	await expect(page.locator('#starlight__search .pagefind-ui__message')).toContainText('Þórsmörk');
	const hint = page.locator('#starlight__search .search-empty-hint a');
	await expect(hint).toBeVisible();
	await hint.click();
	await expect(page).toHaveURL(/#topics$/);
});

test('hostile input is harmless', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('dialog', (d) => {
		errors.push(`dialog: ${d.message()}`);
		void d.dismiss();
	});
	await page.goto(siteUrl());
	await openSearch(page);
	const input = page.locator('#starlight__search input.pagefind-ui__search-input');
	for (const query of ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '.*+?^${}()|[]\\', '"; DROP TABLE', '🙂🚀 kafka', 'a'.repeat(5000)]) {
		await input.fill(query);
		await page.waitForTimeout(600);
	}
	await input.fill('kafka');
	await expect(page.locator('#starlight__search .pagefind-ui__result-link').first()).toBeVisible();
	expect(await page.locator('#starlight__search img[src="x"]').count()).toBe(0);
	expect(errors).toEqual([]);
});

test('search works under a base path', async ({ page }) => {
	await page.goto(siteUrl('base'));
	await openSearch(page);
	const path = await firstResult(page, 'JournalNode');
	expect(path).toBe(new URL(topicUrl('hadoop-ha', 'zh-CN', 'base')).pathname);
});
