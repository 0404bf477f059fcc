/**
 * `npm run pdf`: the whole handbook and every topic page as PDFs, printed by Chromium from the
 * built site (the same print styles a reader gets with Ctrl+P).
 *
 *   npm run pdf                      # A4, both languages, into pdf/
 *   npm run pdf -- --format Letter   # US Letter
 *
 * Writes pdf/<lang>/handbook.pdf and pdf/<lang>/<slug>.pdf.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ensureChromium } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';
import { topics } from '../lib/topics.ts';

const args = process.argv.slice(2);
const format = args.includes('--format') ? args[args.indexOf('--format') + 1]! : 'A4';
const outDir = args.includes('--out') ? args[args.indexOf('--out') + 1]! : 'pdf';
const skipBuild = args.includes('--no-build');

if (!skipBuild) {
	const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
		stdio: 'inherit',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	if (build.status !== 0) process.exit(build.status ?? 1);
}

const browserChoice = ensureChromium();
const server = await serveStatic(join(process.cwd(), 'dist'));
const browser = await chromium.launch({
	...(browserChoice.executablePath ? { executablePath: browserChoice.executablePath } : {}),
	args: browserChoice.args,
});
const page = await browser.newPage();
const written: string[] = [];

async function print(path: string, file: string) {
	await page.goto(server.url + path, { waitUntil: 'load' });
	await page.emulateMedia({ media: 'print' });
	mkdirSync(join(outDir, file, '..'), { recursive: true });
	await page.pdf({ path: join(outDir, file), format, printBackground: true, preferCSSPageSize: false, margin: { top: '16mm', bottom: '18mm', left: '14mm', right: '14mm' } });
	written.push(join(outDir, file));
}

try {
	for (const lang of ['zh-CN', 'en'] as const) {
		const prefix = lang === 'en' ? 'en/' : '';
		await print(`${prefix}print/`, `${lang}/handbook.pdf`);
		for (const { slug } of topics) await print(`${prefix}${slug}/`, `${lang}/${slug}.pdf`);
	}
} finally {
	await browser.close();
	await server.close();
}
console.log(`wrote ${written.length} PDFs (${format}) into ${outDir}/`);
