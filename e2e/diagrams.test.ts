import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { topicUrl, type Locale } from './site.ts';
import { projectRoot } from './test-utils.ts';

/** Every diagram the handbook promises, on the page that explains it. */
const diagrams: [slug: string, id: string][] = [
	['rsync', 'rsync-trailing-slash'],
	['http', 'http-exchange'],
	['http', 'http-server-steps'],
	['concurrency-models', 'concurrency-models'],
	['partition-tables', 'mbr-gpt-layout'],
	['zookeeper', 'zookeeper-ensemble'],
	['zookeeper', 'zookeeper-quorum'],
	['kafka', 'kafka-kraft-cluster'],
	['hadoop-ha', 'hdfs-ha'],
	['hadoop-ha', 'yarn-rm-ha'],
];

for (const locale of ['zh-CN', 'en'] as Locale[]) {
	for (const [slug, id] of diagrams) {
		test(`${id} renders as inline SVG with an accessible name and description (${locale})`, async ({ page }) => {
			await page.goto(topicUrl(slug, locale));
			const svg = page.locator(`figure[data-diagram="${id}"] svg[role="img"]`);
			await expect(svg).toHaveCount(1);
			const name = await svg.evaluate((el) => document.getElementById(el.getAttribute('aria-labelledby')!)?.textContent?.trim());
			const description = await svg.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby')!)?.textContent?.trim());
			expect(name?.length ?? 0).toBeGreaterThan(5);
			expect(description?.length ?? 0).toBeGreaterThan(40);
			expect(await svg.locator('text').count(), 'labels are real text').toBeGreaterThan(2);
			if (locale === 'en') expect(await svg.locator('text').allTextContents()).not.toContainEqual(expect.stringMatching(/[\u4e00-\u9fff]/));
		});
	}
}

for (const theme of ['light', 'dark'] as const) {
	test(`diagrams follow the ${theme} theme and fit a 360px screen without clipping`, async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 800 });
		await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
		for (const slug of [...new Set(diagrams.map(([s]) => s))]) {
			await page.goto(topicUrl(slug));
			expect(await page.evaluate(() => document.documentElement.scrollWidth), `${slug} page width`).toBeLessThanOrEqual(360);
			for (const figure of await page.locator('figure.diagram').all()) {
				const box = await figure.boundingBox();
				expect(box!.x + box!.width).toBeLessThanOrEqual(361);
				const scroller = figure.locator('.diagram-scroll');
				const canScroll = await scroller.evaluate((el) => el.scrollWidth > el.clientWidth);
				if (canScroll) await expect(scroller).toHaveAttribute('tabindex', '0');
			}
			const fill = await page.locator('figure.diagram .d-node:not(.d-group):not(.d-note) rect').first().evaluate((el) => getComputedStyle(el).fill);
			const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
			const dark = (c: string) => (c.match(/\d+/g) ?? []).slice(0, 3).reduce((a, v) => a + Number(v), 0) < 300;
			expect(dark(fill), `${slug}: box fill ${fill} matches ${theme} page ${bg}`).toBe(dark(bg));
		}
	});
}

test('diagrams print black on white', async ({ page }) => {
	await page.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
	await page.emulateMedia({ media: 'print' });
	await page.goto(topicUrl('zookeeper'));
	const styles = await page.locator('figure.diagram').first().evaluate((fig) => ({
		fill: getComputedStyle(fig.querySelector('.d-node rect')!).fill,
		text: getComputedStyle(fig.querySelector('.d-node text')!).fill,
	}));
	expect(styles).toEqual({ fill: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)' });
});

test('no diagram code ships to the browser', () => {
	const dist = join(projectRoot, 'dist');
	const scripts = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
	expect(scripts.length).toBeGreaterThan(0);
	for (const file of scripts) {
		const js = readFileSync(join(dist, file), 'utf8');
		expect(js.includes('defineDiagram') || js.includes('routeEdges') || js.includes('d-edge-label'), file).toBe(false);
	}
	const page = readFileSync(join(dist, 'zookeeper/index.html'), 'utf8');
	const figure = page.slice(page.indexOf('data-diagram="zookeeper-ensemble"'), page.indexOf('</figure>', page.indexOf('data-diagram="zookeeper-ensemble"')));
	expect(figure).not.toContain('<script');
});
