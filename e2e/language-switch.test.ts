import { expect, test } from '@playwright/test';
import { siteUrl, topicUrl, type Locale } from './site.ts';

const other = (l: Locale): Locale => (l === 'en' ? 'zh-CN' : 'en');

for (const locale of ['zh-CN', 'en'] as Locale[]) {
	for (const width of [390, 1440]) {
		test(`switching language keeps the section being read (${locale}, ${width}px)`, async ({ page }) => {
			await page.setViewportSize({ width, height: 800 });
			// The same heading by position in the other edition (the parity suite keeps them aligned).
			await page.goto(topicUrl('kafka', other(locale)));
			const target = await page.locator('.sl-markdown-content :is(h2, h3)[id]').nth(3).getAttribute('id');
			await page.goto(topicUrl('kafka', locale));
			const id = await page.locator('.sl-markdown-content :is(h2, h3)[id]').nth(3).getAttribute('id');
			await page.goto(`${topicUrl('kafka', locale)}#${encodeURIComponent(id!)}`);
			if (width < 800) await page.locator('button[popovertarget="starlight__sidebar"]').click();
			const select = page.locator(width < 800 ? '#starlight__sidebar starlight-lang-select select' : 'header starlight-lang-select select');
			await select.selectOption({ label: locale === 'en' ? '简体中文' : 'English' });
			await expect(page).toHaveURL(`${topicUrl('kafka', other(locale))}#${encodeURIComponent(target!)}`);
			await expect(page.locator(`[id="${target}"]`)).toBeInViewport();
		});
	}

	test(`a fragment that is not a section survives the switch (${locale})`, async ({ page }) => {
		await page.setViewportSize({ width: 1440, height: 800 });
		await page.goto(`${siteUrl()}${locale === 'en' ? 'en/' : ''}#topics`);
		await page.locator('header starlight-lang-select select').selectOption({ label: locale === 'en' ? '简体中文' : 'English' });
		await expect(page).toHaveURL(`${siteUrl()}${locale === 'en' ? '' : 'en/'}#topics`);
	});
}
