import { expect, test, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localesUnderTest, topicSlugs, topicUrl } from './site.ts';
import { buildFixture, serve } from './test-utils.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

interface Payload {
	where: string;
	language: string;
	text: string;
}

/** Clicks every copy button of the page and returns what each put on the clipboard. */
async function copyPayloads(page: Page, where: string): Promise<Payload[]> {
	const blocks = page.locator('.expressive-code');
	const payloads: Payload[] = [];
	for (let i = 0; i < (await blocks.count()); i++) {
		const block = blocks.nth(i);
		const button = block.locator('.copy button');
		if ((await button.count()) === 0) continue;
		// Blocks in a closed tab are hidden; the button's own click handler copies them all the same.
		await page.evaluate(() => navigator.clipboard.writeText(''));
		await button.dispatchEvent('click');
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toBe('');
		const text = await page.evaluate(() => navigator.clipboard.readText());
		const language = (await block.locator('pre').getAttribute('data-language')) ?? '';
		payloads.push({ where: `${where} block ${i + 1} (${language})`, language, text });
	}
	return payloads;
}

/** What a reader types for `<UPPER_SNAKE>`: a plain word, so that only the block's own syntax is tested. */
function fillPlaceholders(text: string): string {
	return text.replace(/<([A-Z][A-Z0-9_]*)>/g, (_, name: string) => `sample_${name.toLowerCase()}`);
}

function run(command: string, args: string[], input: string): string {
	const result = spawnSync(command, args, { input, encoding: 'utf8' });
	if (result.error) throw new Error(`${command}: ${result.error.message}`);
	return result.status === 0 ? '' : `${result.stderr}${result.stdout}`.trim();
}

/** nginx's own check of a main configuration file, writing nothing outside a temporary directory. */
function nginxCheck(config: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'ops-handbook-paste-'));
	try {
		writeFileSync(join(dir, 'nginx.conf'), config);
		const args = ['-t', '-q', '-p', dir, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf'), '-g', `pid ${join(dir, 'nginx.pid')};`];
		return run('/usr/sbin/nginx', args, '');
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** `key=value` files (Kafka's *.properties, ZooKeeper's zoo.cfg): every line a setting, a comment or blank. */
function propertiesCheck(text: string): string {
	const bad = text.split('\n').filter((line) => line.trim() !== '' && !/^\s*[#!]/.test(line) && !/^\s*[A-Za-z0-9_.\-]+\s*[=:]/.test(line));
	return bad.length ? `not a setting: ${bad.join(' | ')}` : '';
}

/** A raw HTTP/1.1 message: start line, header fields, a blank line, a body as long as Content-Length says. */
function httpCheck(text: string): string {
	const [head = '', ...rest] = text.split('\n\n');
	const [start = '', ...fields] = head.split('\n');
	if (!/^(?:[A-Z]+ \S+ HTTP\/1\.[01]|HTTP\/1\.[01] \d{3} .*)$/.test(start)) return `bad start line: ${start}`;
	const badField = fields.find((f) => !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+: ?.*$/.test(f));
	if (badField !== undefined) return `bad header field: ${badField}`;
	const length = fields.find((f) => /^content-length:/i.test(f))?.split(':')[1]?.trim();
	const body = rest.join('\n\n').replace(/\n$/, '');
	if (length !== undefined && Buffer.byteLength(body) !== Number(length)) return `Content-Length ${length} but the body has ${Buffer.byteLength(body)} bytes`;
	return '';
}

/** Each payload through the parser of its language; a language without one is a problem too. */
async function pasteProblems(page: Page, payloads: Payload[]): Promise<string[]> {
	const problems: string[] = [];
	for (const { where, language, text } of payloads) {
		const filled = fillPlaceholders(text);
		let problem: string;
		switch (language) {
			case 'console':
			case 'bash':
				problem = run('bash', ['-n'], `${filled}\n`);
				break;
			case 'ini':
			case 'properties':
				problem = propertiesCheck(filled);
				break;
			case 'xml':
				problem = await page.evaluate((xml) => new DOMParser().parseFromString(xml, 'application/xml').querySelector('parsererror')?.textContent ?? '', filled);
				break;
			case 'nginx':
				problem = nginxCheck(filled);
				break;
			case 'http':
				problem = httpCheck(filled);
				break;
			default:
				problem = `no paste check for language "${language}": add one to e2e/paste.test.ts`;
		}
		if (problem) problems.push(`${where}: ${problem}`);
	}
	return problems;
}

for (const locale of localesUnderTest) {
	test(`every copy button (${locale}) copies a block that parses once its placeholders are filled in`, async ({ page }) => {
		test.setTimeout(180_000);
		const problems: string[] = [];
		let checked = 0;
		for (const slug of topicSlugs) {
			await page.goto(topicUrl(slug, locale));
			const payloads = await copyPayloads(page, slug);
			checked += payloads.length;
			problems.push(...(await pasteProblems(page, payloads)));
		}
		expect(problems).toEqual([]);
		expect(checked, 'copy buttons found').toBeGreaterThan(40);
	});
}

test('the paste check fails on a page whose shell, XML and properties blocks are broken', async ({ page }) => {
	test.setTimeout(240_000);
	const result = buildFixture('broken-paste');
	expect(result.status, result.output.slice(-2000)).toBe(0);
	const server = await serve(result.outDir);
	try {
		await page.goto(`${server.url}wait/`);
		const problems = await pasteProblems(page, await copyPayloads(page, 'wait'));
		expect(problems.find((p) => p.includes('(console)')), problems.join('\n')).toMatch(/syntax error/);
		expect(problems.find((p) => p.includes('(xml)')), problems.join('\n')).toBeTruthy();
		expect(problems.find((p) => p.includes('(properties)')), problems.join('\n')).toMatch(/not a setting/);
		expect(problems).toHaveLength(3);
	} finally {
		await server.close();
	}
});
