/**
 * `npm test`: makes sure there is a Chromium for Playwright, runs every suite, and closes with a
 * one-line summary a CI log reader can find.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { ensureChromium } from '../src/cli/lib/browser.ts';
import { ensureSystemPackages } from './system-packages.ts';

ensureSystemPackages();
const browser = ensureChromium();
console.log(`Chromium: ${browser.label}`);
if (browser.executablePath) process.env['CHROMIUM_PATH'] = browser.executablePath;

const result = spawnSync(process.execPath, ['node_modules/@playwright/test/cli.js', 'test', ...process.argv.slice(2)], {
	stdio: 'inherit',
	env: process.env,
});

try {
	const report = JSON.parse(readFileSync('test-results/results.json', 'utf8')) as {
		stats: { expected: number; unexpected: number; flaky: number; skipped: number };
	};
	const { expected, unexpected, flaky, skipped } = report.stats;
	console.log(`\ne2e: ${expected + flaky} passed, ${unexpected} failed${skipped ? `, ${skipped} skipped` : ''}`);
} catch {
	console.log('\ne2e: no report written');
}
process.exit(result.status ?? 1);
