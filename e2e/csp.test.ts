import { expect, test } from '@playwright/test';
import { topicUrl } from './site.ts';

test('using search, theme switching and navigation logs no CSP violation', async ({ page }) => {
	const violations: string[] = [];
	page.on('console', (msg) => {
		if (/Content Security Policy|CSP/i.test(msg.text())) violations.push(msg.text());
	});
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
	});
	await page.goto(topicUrl('rsync'));
	await page.locator('starlight-theme-select select').first().selectOption('light');
	await page.locator('starlight-theme-select select').first().selectOption('dark');
	await page.keyboard.press('Control+k');
	await page.locator('#starlight__search input').fill('kafka');
	await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
	await page.locator('.pagefind-ui__result-link').first().click();
	await expect(page).toHaveURL(/kafka/);
	await page.waitForLoadState('networkidle');
	expect(violations).toEqual([]);
});
