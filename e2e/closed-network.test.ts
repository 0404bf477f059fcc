import { expect, test } from '@playwright/test';
import { allPagePaths, pageUrl } from './site-pages.ts';

test('no page requests anything from another origin', async ({ page }) => {
	test.setTimeout(180_000);
	const origin = new URL(pageUrl('')).origin;
	const foreign: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.origin !== origin && !['data:', 'blob:', 'about:'].includes(url.protocol)) foreign.push(`${page.url()} -> ${request.url()}`);
	});
	for (const path of allPagePaths()) {
		await page.goto(pageUrl(path), { waitUntil: 'networkidle' });
		await page.locator('site-search button[data-open-modal]').click();
		await page.locator('#starlight__search input.pagefind-ui__search-input').fill('zookeeper');
		await page.waitForLoadState('networkidle');
		await page.keyboard.press('Escape');
	}
	expect(foreign).toEqual([]);
});
