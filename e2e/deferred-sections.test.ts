import { expect, test } from '@playwright/test';
import { localesUnderTest, topicSlugs, topicUrl } from './site.ts';

/** Whether the browser is skipping the rendering of an element (content-visibility: auto). */
const isSkipped = (el: Element) => !el.checkVisibility({ contentVisibilityAuto: true });

for (const locale of localesUnderTest) {
	test(`a topic's last section is not laid out on arrival and is once it scrolls near (${locale})`, async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 800 });
		await page.goto(topicUrl('zookeeper-deploy', locale));
		const firstHeading = page.locator('.sl-markdown-content h2').first();
		const lastParagraph = page.locator('.deferred-section').last().locator(':is(p, li)').first();
		expect(await firstHeading.evaluate(isSkipped)).toBe(false);
		expect(await lastParagraph.evaluate(isSkipped)).toBe(true);
		await lastParagraph.scrollIntoViewIfNeeded();
		await expect.poll(() => lastParagraph.evaluate(isSkipped)).toBe(false);
		await expect(lastParagraph).toBeInViewport();
	});

	test(`every section after a topic's first is deferred, and nothing else (${locale})`, async ({ page }) => {
		for (const slug of topicSlugs) {
			await page.goto(topicUrl(slug, locale));
			const counts = await page.evaluate(() => ({
				h2: document.querySelectorAll('.sl-markdown-content h2').length,
				deferred: document.querySelectorAll('.sl-markdown-content > section.deferred-section').length,
				opening: document.querySelectorAll('.sl-markdown-content > section.deferred-section > .sl-heading-wrapper.level-h2:first-child').length,
			}));
			expect(counts.h2, slug).toBeGreaterThan(2);
			expect(counts.deferred, slug).toBe(counts.h2 - 1);
			expect(counts.opening, slug).toBe(counts.h2 - 1);
		}
	});

	test(`a link to a deferred section lands on its heading (${locale})`, async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 800 });
		await page.goto(topicUrl('kafka', locale));
		const heading = page.locator('.deferred-section h2').last();
		const id = await heading.getAttribute('id');
		await page.goto(`${topicUrl('kafka', locale)}#${id}`);
		await expect(heading).toBeInViewport();
		// Layout of the sections above may settle after the jump; the heading must stay near the top.
		await page.waitForTimeout(500);
		const top = await heading.evaluate((h) => h.getBoundingClientRect().top);
		expect(top).toBeGreaterThanOrEqual(0);
		expect(top).toBeLessThan(200);
	});

	test(`on a phone, a deferred section that is not laid out yet holds at least its own height (${locale})`, async ({ page }) => {
		// Anything that measures an element inside a skipped section (axe, the page's own contents
		// highlighting) finds it where it would be; a shorter placeholder puts it over the next section.
		await page.setViewportSize({ width: 360, height: 800 });
		const short: string[] = [];
		let measured = 0;
		for (const slug of topicSlugs) {
			await page.goto(topicUrl(slug, locale));
			const placeholders = await page.locator('.deferred-section').evaluateAll((sections) =>
				sections.map((s) => parseFloat(getComputedStyle(s).containIntrinsicHeight.replace('auto', '')))
			);
			await page.addStyleTag({ content: '.deferred-section { content-visibility: visible !important; }' });
			const heights = await page.locator('.deferred-section').evaluateAll((sections) => sections.map((s) => s.getBoundingClientRect().height));
			for (const [i, height] of heights.entries()) {
				measured++;
				if (!(placeholders[i]! >= height)) short.push(`${slug} section ${i + 2}: placeholder ${placeholders[i]} px, laid out ${Math.round(height)} px`);
			}
		}
		expect(measured).toBeGreaterThan(topicSlugs.length * 4);
		expect(short).toEqual([]);
	});
}

test('printing lays out every deferred section', async ({ page }) => {
	await page.goto(topicUrl('zookeeper-deploy'));
	const modes = () => page.locator('.deferred-section').evaluateAll((sections) => [...new Set(sections.map((s) => getComputedStyle(s).contentVisibility))]);
	expect(await modes()).toEqual(['auto']);
	await page.emulateMedia({ media: 'print' });
	expect(await modes()).toEqual(['visible']);
});
