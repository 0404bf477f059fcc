import { expect, test } from '@playwright/test';
import { localesUnderTest, siteUrl, topicSlugs, topicUrl } from './site.ts';
import { allPagePaths, pageUrl } from './site-pages.ts';

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
			expect(await page.locator('.deferred-section').count(), `${slug}: sections outside the content`).toBe(counts.deferred);
		}
	});

	test(`a link from another page to a deferred section lands on its heading (${locale})`, async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 800 });
		for (const slug of ['kafka', 'http']) {
			await page.goto(topicUrl(slug, locale));
			const headings = page.locator('.deferred-section h2');
			for (const heading of [headings.nth(1), headings.last()]) {
				const id = await heading.getAttribute('id');
				await page.goto(siteUrl());
				await page.goto(`${topicUrl(slug, locale)}#${encodeURIComponent(id!)}`);
				await expect(heading).toBeInViewport();
				// Sections above the heading may be laid out after the jump; the heading must stay at the top.
				await page.waitForTimeout(500);
				const top = await heading.evaluate((h) => h.getBoundingClientRect().top);
				expect(top, `${slug}#${id}`).toBeGreaterThanOrEqual(0);
				expect(top, `${slug}#${id}`).toBeLessThan(200);
			}
		}
	});

	test(`a deferred section's heading has the same space above it as the first section's (${locale})`, async ({ page }) => {
		for (const width of [390, 1440]) {
			await page.setViewportSize({ width, height: 900 });
			await page.goto(topicUrl('kafka', locale));
			await page.addStyleTag({ content: '.deferred-section { content-visibility: visible !important; }' });
			const gaps = await page.evaluate(() => {
				const gapAbove = (wrapper: Element, before: Element | null | undefined) =>
					before ? Math.round(wrapper.getBoundingClientRect().top - before.getBoundingClientRect().bottom) : null;
				const wrappers = [...document.querySelectorAll('.sl-markdown-content .sl-heading-wrapper.level-h2')];
				return wrappers.map((w) => {
					const section = w.parentElement!.matches('.deferred-section') ? w.parentElement! : null;
					const previous = (section ?? w).previousElementSibling;
					const before = previous?.matches('.deferred-section') ? previous.lastElementChild : previous;
					return before?.tagName === 'P' ? gapAbove(w, before) : null;
				});
			});
			const known = gaps.filter((g): g is number => g !== null);
			expect(known.length, `${width}px: headings after a paragraph`).toBeGreaterThan(1);
			expect(new Set(known).size, `${width}px: gaps ${known.join(', ')}`).toBe(1);
			expect(known[0]).toBeGreaterThan(30);
		}
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

test('pages that are not topic pages have no deferred sections', async ({ page }) => {
	const others = allPagePaths().filter((path) => !topicSlugs.some((slug) => path === `${slug}/` || path === `en/${slug}/`));
	expect(others.length).toBeGreaterThan(3);
	for (const path of others) {
		await page.goto(pageUrl(path));
		expect(await page.locator('.deferred-section').count(), path || 'home').toBe(0);
	}
});

test('printing lays out every deferred section', async ({ page }) => {
	await page.goto(topicUrl('zookeeper-deploy'));
	const modes = () => page.locator('.deferred-section').evaluateAll((sections) => [...new Set(sections.map((s) => getComputedStyle(s).contentVisibility))]);
	expect(await modes()).toEqual(['auto']);
	await page.emulateMedia({ media: 'print' });
	expect(await modes()).toEqual(['visible']);
});
