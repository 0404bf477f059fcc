import { expect, test } from '@playwright/test';
import { allPagePaths, pageUrl } from './site-pages.ts';

// One test per page: a single test walking all thirty pages (each waiting for the network to go
// idle twice) ran past its budget on a loaded machine.
for (const path of allPagePaths()) {
	test(`${path || 'home'} requests nothing from another origin, search included`, async ({ page }) => {
		const origin = new URL(pageUrl('')).origin;
		const foreign: string[] = [];
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (url.origin !== origin && !['data:', 'blob:', 'about:'].includes(url.protocol)) foreign.push(request.url());
		});
		// The whole-handbook page holds all twelve topics: on a busy machine it takes far longer to
		// reach the idle moment at which Starlight loads its search UI.
		test.slow(path.endsWith('print/'), 'whole handbook in one page');
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		await page.goto(pageUrl(path), { waitUntil: 'networkidle' });
		await page
			.locator('#starlight__search[data-search-ui]')
			.waitFor({ state: 'attached' })
			.catch(() => {
				throw new Error(`the search UI never loaded on ${path || 'home'}; page errors: ${errors.join(' | ') || 'none'}`);
			});
		await page.locator('site-search button[data-open-modal]').click();
		await page.locator('#starlight__search input.pagefind-ui__search-input').fill('zookeeper');
		await expect(page.locator('#starlight__search li.pagefind-ui__result').first()).toBeVisible();
		await page.waitForLoadState('networkidle');
		expect(foreign).toEqual([]);
	});
}
