import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { allPagePaths, pageUrl } from '../site-pages.ts';

for (const theme of ['light', 'dark'] as const) {
	for (const path of allPagePaths()) {
		test(`${path || 'home'} has no axe violations in the ${theme} theme`, async ({ page }) => {
			// The whole-handbook page holds all twelve topics at once: axe walks about ten times the
			// DOM of a topic page, which on a busy 2-core machine outlasts the default minute.
			test.slow(path.endsWith('print/'), 'whole handbook in one page');
			await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
			await page.goto(pageUrl(path));
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			// The whole-handbook page lays out its topics only when they scroll near
			// (content-visibility: auto). Axe's geometry rules (target size, overlap) read a skipped
			// topic's boxes as they are before layout and report targets no reader ever sees; a
			// reader sees each topic laid out, so everything is laid out before axe looks.
			await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
			// WCAG 2.2's target-size rule is off in axe by default; Lighthouse checks it, and the
			// annotated commands put many small links next to each other.
			// Only violations are asked for: collecting every passing node too made each run about a
			// third slower (measured on /kafka/) and the test reads nothing else.
			const results = await new AxeBuilder({ page })
				.options({ rules: { 'target-size': { enabled: true } }, resultTypes: ['violations'] })
				.analyze();
			const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
			expect(summary).toEqual([]);
		});
	}
}
