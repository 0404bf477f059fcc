import { expect, test } from '@playwright/test';
import { topicUrl, type Locale } from './site.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const strings = {
	'zh-CN': { name: /^命令详解：nc -l 127\.0\.0\.1 47001$/, copy: '复制命令', copied: '已复制', back: '回到命令' },
	en: { name: /^Explained command: nc -l 127\.0\.0\.1 47001$/, copy: 'Copy command', copied: 'Copied', back: 'Back to the command' },
} as const;

for (const locale of ['zh-CN', 'en'] as Locale[]) {
	for (const width of [390, 1440]) {
		test(`pointing at a word highlights its explanation and shows it under the command (${locale}, ${width}px)`, async ({ page }) => {
			await page.setViewportSize({ width, height: 800 });
			await page.goto(topicUrl('netcat', locale));
			const block = page.getByRole('figure', { name: strings[locale].name });
			const word = block.locator('a.word', { hasText: '-l' });
			const row = block.locator(`[id="${(await word.getAttribute('href'))!.slice(1)}"]`);
			const idle = await row.evaluate((el) => getComputedStyle(el).backgroundColor);
			await word.hover();
			await expect(row).toHaveClass(/is-active/);
			expect(await row.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(idle);
			await expect(block.locator('.explained-command-current')).toContainText((await row.locator('dd').textContent())!.replace(strings[locale].back, '').trim());
			await expect(block.locator('.explained-command-current code')).toHaveText('-l');
		});

		test(`Enter on a word keeps the command in view and focus on the word (${locale}, ${width}px)`, async ({ page }) => {
			await page.setViewportSize({ width, height: 800 });
			await page.goto(topicUrl('netcat', locale));
			const block = page.getByRole('figure', { name: strings[locale].name });
			const word = block.locator('a.word').last();
			await word.focus();
			const row = block.locator(`[id="${(await word.getAttribute('href'))!.slice(1)}"]`);
			await expect(row).toHaveClass(/is-active/);
			await page.keyboard.press('Enter');
			await expect(word).toBeFocused();
			expect(new URL(page.url()).hash).toBe('');
			await expect(block.locator('.explained-command-line')).toBeInViewport();
			await expect(block.locator('.explained-command-current')).toBeInViewport();
			await expect(block.locator('.explained-command-current code')).toHaveText(await word.textContent() as string);
		});

		test(`the copy button copies the command (${locale}, ${width}px)`, async ({ page }) => {
			await page.setViewportSize({ width, height: 800 });
			await page.goto(topicUrl('netcat', locale));
			const block = page.getByRole('figure', { name: strings[locale].name });
			// The status empties itself 2 s after the copy, which a loaded machine can take to read the
			// clipboard; what it said is recorded as it changes.
			const status = block.getByRole('status');
			await expect(status).toHaveText('');
			await status.evaluate((el) => {
				const said: string[] = ((window as unknown as { said: string[] }).said = []);
				new MutationObserver(() => said.push(el.textContent ?? '')).observe(el, { childList: true, characterData: true, subtree: true });
			});
			await block.getByRole('button', { name: strings[locale].copy }).click();
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('nc -l 127.0.0.1 47001');
			await expect.poll(() => page.evaluate(() => (window as unknown as { said: string[] }).said)).toContain(strings[locale].copied);
			const overflow = await block.evaluate((el) => el.scrollWidth - el.clientWidth);
			expect(overflow).toBeLessThanOrEqual(1);
		});
	}

	test(`without JavaScript a word jumps to its explanation, which links back to the word (${locale})`, async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(topicUrl('netcat', locale));
		const block = page.getByRole('figure', { name: strings[locale].name });
		await expect(block.getByRole('button')).toBeHidden();
		const word = block.locator('a.word', { hasText: '47001' });
		await word.click();
		const row = block.locator(`[id="${(await word.getAttribute('href'))!.slice(1)}"]`);
		await expect(row).toBeInViewport();
		const back = row.getByRole('link', { name: strings[locale].back });
		await expect(back).toBeVisible();
		await back.click();
		await expect(word).toBeInViewport();
		expect(new URL(page.url()).hash).toBe(`#${await word.getAttribute('id')}`);
		await context.close();
	});
}

test('an explained command is named as one, with its command', async ({ page }) => {
	await page.goto(topicUrl('kafka'));
	const block = page.locator('figure.explained-command').first();
	const command = (await block.locator('.explained-command-line').textContent())!.trim();
	await expect(block).toHaveAccessibleName(`命令详解：${command}`);
});
