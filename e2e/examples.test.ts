import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commandsOf } from '../src/lib/transcript.ts';
import { topicUrl } from './site.ts';
import { projectRoot } from './test-utils.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Clicks the copy button of the code block that contains `text` and returns what was copied. */
async function copyBlock(page: Page, text: string): Promise<string> {
	const block = page.locator('.expressive-code').filter({ hasText: text }).first();
	await block.hover();
	await block.locator('.copy button').click();
	return page.evaluate(() => navigator.clipboard.readText());
}

function example(file: string): string {
	return readFileSync(join(projectRoot, 'content/examples', file), 'utf8');
}

test('the copy button copies only the commands of a transcript, without prompts or output', async ({ page }) => {
	await page.goto(topicUrl('rsync'));
	const copied = await copyBlock(page, 'find dst1 dst2 | sort');
	expect(copied).toBe(commandsOf(example('rsync/trailing-slash.console')));
	expect(copied).not.toMatch(/^\$ /m);
	expect(copied).not.toContain('dst1/src/a.txt');
});

test('root commands are copied too, without the # prompt', async ({ page }) => {
	await page.goto(topicUrl('device-files'));
	const copied = await copyBlock(page, 'mknod myzero c 1 5');
	expect(copied.split('\n')[0]).toBe('mknod myzero c 1 5');
	expect(copied).not.toMatch(/^# /m);
});

test('root and user prompts look different', async ({ page }) => {
	await page.goto(topicUrl('device-files'));
	await expect(page.locator('.ec-prompt-root').first()).toHaveText('# ');
	await page.goto(topicUrl('rsync'));
	await expect(page.locator('.ec-prompt:not(.ec-prompt-root)').first()).toHaveText('$ ');
	const rootColor = await page.evaluate(() => {
		const root = document.createElement('span');
		root.className = 'ec-prompt ec-prompt-root';
		document.querySelector('.expressive-code .ec-line .code')?.append(root);
		const user = document.querySelector('.ec-prompt:not(.ec-prompt-root)')!;
		return [getComputedStyle(root).color, getComputedStyle(user).color];
	});
	expect(rootColor[0]).not.toBe(rootColor[1]);
});

test('output lines are marked as output', async ({ page }) => {
	await page.goto(topicUrl('rsync'));
	const block = page.locator('.expressive-code').filter({ hasText: 'find dst1 dst2 | sort' });
	await expect(block.locator('.ec-line.ec-output').first()).toHaveText('dst1');
	await expect(block.locator('.ec-line:not(.ec-output)').filter({ hasText: 'rsync -a src dst1/' })).toHaveCount(1);
});

test('placeholders are marked in code and copied as they are', async ({ page }) => {
	await page.goto(topicUrl('rsync'));
	const block = page.locator('.expressive-code').filter({ hasText: '<REMOTE_HOST>' }).first();
	await expect(block.locator('.ec-placeholder').first()).toContainText('<');
	expect(await copyBlock(page, '<REMOTE_HOST>')).toContain('<USER>@<REMOTE_HOST>:/srv/www/');
	await page.goto(topicUrl('hadoop-ha'));
	await expect(page.locator('.ec-placeholder', { hasText: 'nn1.example.net' }).first()).toBeVisible();
});

test('an explained command ties every word to its explanation', async ({ page }) => {
	await page.goto(topicUrl('rsync'));
	const explained = page.locator('.explained-command').first();
	const words = explained.locator('.explained-command-line a.word');
	const count = await words.count();
	expect(count).toBeGreaterThan(2);
	for (let i = 0; i < count; i++) {
		const id = (await words.nth(i).getAttribute('href'))!.slice(1);
		await expect(explained.locator(`[id="${id}"] dd`)).not.toBeEmpty();
		await expect(words.nth(i)).toHaveAttribute('aria-describedby', id);
	}
});

test('explained commands work without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(topicUrl('kafka'));
	await expect(page.locator('.explained-command dl .part').first()).toBeVisible();
	expect(await page.locator('.explained-command dd').count()).toBeGreaterThan(3);
	await context.close();
});

test('explained commands fit a phone screen', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto(topicUrl('kafka'));
	const overflow = await page.locator('.explained-command').first().evaluate((el) => el.scrollWidth - el.clientWidth);
	expect(overflow).toBeLessThanOrEqual(1);
});

test('every verified badge names an example the verification suite runs', async ({ page }) => {
	const { verifiedExamples } = await import('../src/lib/verified-examples.ts');
	const run = new Set(verifiedExamples.map((e) => e.file));
	const { topicSlugs } = await import('./site.ts');
	let badges = 0;
	for (const slug of topicSlugs) {
		await page.goto(topicUrl(slug));
		for (const file of await page.locator('[data-verified-example]').evaluateAll((els) => els.map((e) => e.getAttribute('data-verified-example')))) {
			expect(run.has(file!), `${slug}: ${file}`).toBe(true);
			badges++;
		}
	}
	expect(badges).toBe(verifiedExamples.length);
});
