import { expect, test, type Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { projectRoot } from '../test-utils.ts';

// Serves the built site through Debian's real nginx with the project's nginx.conf, on loopback.
const nginxBin = '/usr/sbin/nginx';
let nginx: ChildProcess | undefined;
let origin = '';
let workDir = '';

function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

test.describe.configure({ mode: 'serial' });

/**
 * The worker user: nginx started as root runs its workers as `www-data` by default, and those
 * cannot read a `dist/` inside a 0700 home directory (a clone under /root gave 403 for every
 * page). Running the workers as the user who runs the test reads the build wherever the clone is;
 * an unprivileged nginx ignores the directive and keeps its own user anyway.
 */
function workerUserDirective(): string {
	if (process.getuid?.() !== 0) return '';
	const { username } = userInfo();
	return `user ${username} ${groupOf(process.getgid?.() ?? 0)};`;
}

function groupOf(gid: number): string {
	const line = readFileSync('/etc/group', 'utf8')
		.split('\n')
		.find((l) => l.split(':')[2] === String(gid));
	return line?.split(':')[0] ?? String(gid);
}

function startupFailure(what: string, output: string): Error {
	const log = existsSync(join(workDir, 'error.log')) ? readFileSync(join(workDir, 'error.log'), 'utf8') : '';
	return new Error(`nginx ${what} (config ${join(workDir, 'nginx.conf')}):\n${[output, log].filter(Boolean).join('\n').trim()}`);
}

test.beforeAll(async () => {
	expect(existsSync(nginxBin), 'nginx is not installed: apt-get install nginx-light libnginx-mod-http-brotli-static').toBe(true);
	const port = await freePort();
	workDir = mkdtempSync(join(tmpdir(), 'ops-handbook-nginx-'));
	const server = readFileSync(join(projectRoot, 'nginx.conf'), 'utf8')
		.replace(/listen 80;/, `listen 127.0.0.1:${port};`)
		.replace(/\/srv\/ops-handbook/g, join(projectRoot, 'dist'));
	writeFileSync(join(workDir, 'site.conf'), server);
	writeFileSync(
		join(workDir, 'nginx.conf'),
		`include /etc/nginx/modules-enabled/*.conf;
${workerUserDirective()}
pid ${workDir}/nginx.pid;
error_log ${workDir}/error.log;
daemon off;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${workDir}/body;
  proxy_temp_path ${workDir}/proxy;
  fastcgi_temp_path ${workDir}/fastcgi;
  uwsgi_temp_path ${workDir}/uwsgi;
  scgi_temp_path ${workDir}/scgi;
  include ${workDir}/site.conf;
}
`
	);
	// -e: nginx opens its compiled-in error log (/var/log/nginx) before it reads the config, which
	// an unprivileged user may not write.
	const args = ['-e', join(workDir, 'error.log'), '-c', join(workDir, 'nginx.conf')];
	const check = spawnSync(nginxBin, ['-t', ...args], { encoding: 'utf8' });
	if (check.status !== 0) throw startupFailure('rejected its configuration', check.stderr);
	let stderr = '';
	let exited: number | null | undefined;
	nginx = spawn(nginxBin, args, { stdio: ['ignore', 'ignore', 'pipe'] });
	nginx.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	nginx.on('exit', (code) => (exited = code));
	origin = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 50 && exited === undefined; i++) {
		try {
			const probe = await fetch(`${origin}/`);
			if (probe.status === 403) throw startupFailure(`cannot read ${join(projectRoot, 'dist')} (403 for /)`, stderr);
			return;
		} catch (error) {
			if (error instanceof Error && error.message.startsWith('nginx ')) throw error;
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	throw startupFailure(exited === undefined ? 'did not answer within 5 s' : `exited with status ${exited}`, stderr);
});

test.afterAll(() => {
	nginx?.kill('SIGQUIT');
	if (workDir) rmSync(workDir, { recursive: true, force: true });
});

test('HTML is served with security headers and no caching', async ({ request }) => {
	const response = await request.get(`${origin}/rsync/`);
	expect(response.status()).toBe(200);
	const h = response.headers();
	expect(h['content-type']).toContain('text/html');
	expect(h['cache-control']).toBe('no-cache');
	expect(h['x-content-type-options']).toBe('nosniff');
	expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
	expect(h['permissions-policy']).toContain('camera=()');
	expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
	expect(h['content-security-policy']).toContain("object-src 'none'");
	expect(h['content-security-policy']).not.toMatch(/https?:/);
	const scriptSrc = /script-src ([^;]+)/.exec(h['content-security-policy'] ?? '')?.[1] ?? '';
	expect(scriptSrc, 'inline scripts are allowed by hash only').toMatch(/'sha256-[A-Za-z0-9+/=]+'/);
	expect(scriptSrc).not.toContain("'unsafe-inline'");
});

test('hashed assets are cached for a year as immutable', async ({ request }) => {
	const html = await (await request.get(`${origin}/rsync/`)).text();
	const asset = /(?:href|src)="(\/_astro\/[^"]+\.(?:css|js))"/.exec(html)?.[1];
	expect(asset).toBeTruthy();
	const response = await request.get(origin + asset);
	expect(response.status()).toBe(200);
	expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});

test('text assets are served precompressed with brotli and gzip', async ({ request }) => {
	for (const [encoding, header] of [['br', 'br'], ['gzip', 'gzip']] as const) {
		const response = await request.get(`${origin}/rsync/`, { headers: { 'accept-encoding': encoding } });
		expect(response.headers()['content-encoding']).toBe(header);
		expect(response.headers()['vary']).toContain('Accept-Encoding');
	}
});

test("Pagefind's files are sent as brotli of their decoded content, and as stored to clients without brotli", async ({ request }) => {
	const wasm = '/pagefind/wasm.unknown.pagefind';
	const br = await request.get(origin + wasm, { headers: { 'accept-encoding': 'br' } });
	expect(br.headers()['content-encoding']).toBe('br');
	// The client decodes it to what pagefind.js takes as already decompressed.
	expect((await br.body()).subarray(0, 12).toString()).toBe('pagefind_dcd');
	const plain = await request.get(origin + wasm, { headers: { 'accept-encoding': 'gzip' } });
	expect(plain.headers()['content-encoding']).toBeUndefined();
	expect(gunzipSync(await plain.body()).subarray(0, 12).toString()).toBe('pagefind_dcd');
});

test('an unknown URL gets the site 404 page with status 404', async ({ request }) => {
	const response = await request.get(`${origin}/no-such-page/`);
	expect(response.status()).toBe(404);
	const html = await response.text();
	expect(html).toContain('页面不存在');
	expect(html).toContain('<html lang="zh-CN"');
	expect(response.headers()['x-content-type-options']).toBe('nosniff');
	expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
});

test('an unknown URL under /en/ gets the English 404 page with status 404 and the security headers', async ({ request }) => {
	const response = await request.get(`${origin}/en/no-such-page/`);
	expect(response.status()).toBe(404);
	const html = await response.text();
	expect(html).toContain('<html lang="en"');
	expect(html).toContain('Page not found');
	expect(html).not.toContain('页面不存在');
	const h = response.headers();
	expect(h['x-content-type-options']).toBe('nosniff');
	expect(h['cache-control']).toBe('no-cache');
	expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
	const page = await request.get(`${origin}/en/rsync/`);
	expect(page.status()).toBe(200);
	expect(page.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
});

/** Every CSP violation the page reports, as console lines, from the next navigation on. */
async function collectCspViolations(page: Page): Promise<string[]> {
	const violations: string[] = [];
	page.on('console', (msg) => {
		if (/Content Security Policy|CSP violation/i.test(msg.text())) violations.push(msg.text());
	});
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
	});
	return violations;
}

test('search, theme switching and navigation through nginx log no CSP violation', async ({ page }) => {
	const violations = await collectCspViolations(page);
	await page.goto(`${origin}/rsync/`);
	await page.locator('starlight-theme-select select').first().selectOption('light');
	await page.locator('starlight-theme-select select').first().selectOption('dark');
	await page.keyboard.press('Control+k');
	await page.locator('#starlight__search input.pagefind-ui__search-input').fill('kafka');
	await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
	await page.locator('.pagefind-ui__result-link').first().click();
	await expect(page).toHaveURL(/kafka/);
	await page.locator('.pagination-links a[rel="next"]').click();
	await page.waitForLoadState('networkidle');
	expect(violations).toEqual([]);
});

test('the service worker is revalidated on every visit, takes control under the CSP and answers offline', async ({ page, request }) => {
	const worker = await request.get(`${origin}/sw.js`);
	expect(worker.status()).toBe(200);
	expect(worker.headers()['content-type']).toContain('javascript');
	expect(worker.headers()['cache-control']).toBe('no-cache');
	const manifest = await request.get(`${origin}/en/manifest.webmanifest`);
	expect(manifest.headers()['content-type']).toBe('application/manifest+json');
	expect((await manifest.json()) as { lang: string }).toMatchObject({ lang: 'en' });

	const violations = await collectCspViolations(page);
	await page.goto(`${origin}/rsync/`);
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	const fromWorker = await page.goto(`${origin}/kafka/`);
	expect(fromWorker?.fromServiceWorker()).toBe(true);
	expect(fromWorker?.headers()['content-security-policy']).toContain("script-src 'self'");
	// nginx answers /404.html itself with status 404 (internal): the worker must have kept it anyway.
	await page.context().setOffline(true);
	const unknown = await page.goto(`${origin}/no-such-page/`);
	expect(unknown?.status()).toBe(404);
	await expect(page.locator('h1').first()).toContainText('页面不存在');
	expect(violations).toEqual([]);
});
