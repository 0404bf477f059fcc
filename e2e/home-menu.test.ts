import { expect, test } from '@playwright/test';
import { siteUrl } from './site.ts';

for (const [kind, locale, path] of [
	['home', 'zh-CN', ''],
	['home', 'en', 'en/'],
	['not-found', 'zh-CN', 'no-such-page/'],
	['not-found', 'en', 'en/no-such-page/'],
] as const) {
	test(`on a phone the ${kind === 'home' ? 'home' : 'not-found'} page has the menu with the theme and language selects (${locale})`, async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 800 });
		await page.goto(siteUrl() + path);
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		const menu = page.locator('button[popovertarget="starlight__sidebar"]');
		await expect(menu).toBeVisible();
		await menu.click();
		const theme = page.locator('#starlight__sidebar starlight-theme-select select');
		const language = page.locator('#starlight__sidebar starlight-lang-select select');
		await expect(theme).toBeVisible();
		await expect(language).toBeVisible();
		await theme.selectOption('dark');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await language.selectOption({ label: locale === 'en' ? '简体中文' : 'English' });
		await expect(page.locator('html')).toHaveAttribute('lang', locale === 'en' ? 'zh-CN' : 'en');
		if (kind === 'home') await expect(page).toHaveURL(siteUrl() + (locale === 'en' ? '' : 'en/'));
	});
}

for (const [locale, path] of [['zh-CN', ''], ['en', 'en/']] as const) {
	test(`on a wide screen the home page keeps its topic list and the selects in the header (${locale})`, async ({ page }) => {
		await page.setViewportSize({ width: 1440, height: 900 });
		await page.goto(siteUrl() + path);
		await expect(page.locator('header starlight-theme-select select')).toBeVisible();
		await expect(page.locator('header starlight-lang-select select')).toBeVisible();
		await expect(page.locator('button[popovertarget="starlight__sidebar"]')).toBeHidden();
		await expect(page.locator('#topics')).toBeVisible();
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
	});
}
