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
	reporter: [['list'], ['json', { outputFile: 'test-results/results.json' }]],
	use: {
		...devices['Desktop Chrome'],
		launchOptions: browser?.executablePath ? { executablePath: browser.executablePath, args: browser.args } : {},
		trace: 'retain-on-failure',
	},
});
