import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const debianChromium = '/usr/bin/chromium';

/** Flags for Debian's Chromium as root on a closed network (no sandbox, no calls home). */
export const debianChromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

export interface BrowserChoice {
	executablePath?: string;
	args: string[];
	label: string;
}

/** Where the suite's Chromium comes from, without installing anything. */
export function findChromium(): BrowserChoice | undefined {
	if (process.env['CHROMIUM_PATH']) {
		return { executablePath: process.env['CHROMIUM_PATH'], args: debianChromiumArgs, label: process.env['CHROMIUM_PATH'] };
	}
	const own = chromium.executablePath();
	if (own && existsSync(own)) return { args: [], label: `Playwright's Chromium (${own})` };
	if (existsSync(debianChromium)) return { executablePath: debianChromium, args: debianChromiumArgs, label: debianChromium };
	return undefined;
}

/**
 * Playwright cannot download its own browser on these machines. Use Playwright's Chromium if it
 * is there, else Debian's; install Debian's when we are root with apt; otherwise stop with one line
 * that says what to do.
 */
export function ensureChromium(): BrowserChoice {
	const found = findChromium();
	if (found) return found;
	const isRoot = process.getuid?.() === 0;
	const hasApt = existsSync('/usr/bin/apt-get');
	if (isRoot && hasApt) {
		console.log('No Chromium for Playwright: installing Debian\'s chromium with apt-get…');
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
		execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
		const installed = findChromium();
		if (installed) return installed;
	}
	console.error('No browser for the tests: run `npx playwright install chromium` or `sudo apt-get install chromium`, then `npm test` again.');
	process.exit(1);
}
