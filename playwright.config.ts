import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './src/cli/lib/browser.ts';

const browser = findChromium();

export default defineConfig({
	testDir: './e2e',
	testMatch: '**/*.test.ts',
	testIgnore: ['**/.fixtures/**', '**/fixtures/**', '**/verify/**'],
	globalSetup: './e2e/global-setup.ts',
	fullyParallel: true,
	forbidOnly: !!process.env['CI'],
	retries: 0,
	workers: 2,
	timeout: 60_000,
	// CI runs two workers, each with its own Chromium, on two loaded cores. A page's first search
	// loads Pagefind UI, Pagefind's WebAssembly and its index before any result shows: CI's run of
	// 9225289 missed Playwright's default 5 s on 4 of the 30 closed-network pages. With the CPU
	// slowed tenfold it took 5-55 s from typing to results, 10 s on the median page. Waiting
	// longer costs nothing when the page is quick; speed is measured by `npm run bench`.
	expect: { timeout: 20_000 },
	reporter: [['list'], ['json', { outputFile: 'test-results/results.json' }]],
	use: {
		...devices['Desktop Chrome'],
		launchOptions: browser?.executablePath ? { executablePath: browser.executablePath, args: browser.args } : {},
		trace: 'retain-on-failure',
	},
});
