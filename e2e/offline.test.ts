import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { offlineEntries } from '../src/plugins/offline.ts';
import { enQueries, zhQueries } from './search-queries.ts';
import { allPagePaths } from './site-pages.ts';
import { siteUrl } from './site.ts';
import { topics } from '../src/lib/topics.ts';
import { buildFixture, projectRoot, serve } from './test-utils.ts';
import { basePathUnderTest, repoUrlUnderTest, reportEmailUnderTest } from './global-setup.ts';

/**
 * Everything the pages of a context ask for, and where the answer came from. Offline, every
 * answer must come from the service worker; a request the network had to answer, or one that
 * failed, fails the test, and so does a script error.
 */
function watchTraffic(context: BrowserContext, page: Page) {
	const fromNetwork: string[] = [];
	const failed: string[] = [];
	const errors: string[] = [];
	context.on('response', (response) => {
		if (!response.fromServiceWorker() && !response.request().serviceWorker()) fromNetwork.push(response.url());
	});
	context.on('requestfailed', (request) => failed.push(`${request.url()} (${request.failure()?.errorText})`));
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	return {
		fromNetwork,
		failed,
		errors,
		clear() {
			fromNetwork.length = failed.length = errors.length = 0;
		},
	};
}

/** Opens the site online and waits until the worker has precached it and controls the page. */
async function firstVisit(page: Page, url: string) {
	await page.goto(url);
	// `ready` resolves once a worker is active, which it becomes only after its install step has
	// stored every precached file.
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

async function openSearch(page: Page) {
	await page.locator('#starlight__search[data-search-ui]').waitFor({ state: 'attached' });
	await page.keyboard.press('Control+k');
	await expect(page.locator('site-search dialog')).toBeVisible();
}

async function firstResult(page: Page, query: string): Promise<string> {
	await page.locator('#starlight__search input.pagefind-ui__search-input').fill(query);
	await expect(page.locator('#starlight__search .pagefind-ui__message')).toContainText(query.slice(0, 40));
	const link = page.locator('#starlight__search li.pagefind-ui__result').first().locator('.pagefind-ui__result-link').first();
	await expect(link).toBeVisible();
	return new URL((await link.getAttribute('href'))!, page.url()).pathname;
}

for (const which of ['root', 'base'] as const) {
	test(`after one online visit every page, search, theme and language switch work offline (${which} build)`, async ({ context, page }) => {
		test.setTimeout(300_000);
		const site = siteUrl(which);
		const basePath = new URL(site).pathname;
		const traffic = watchTraffic(context, page);
		await firstVisit(page, site);
		await context.setOffline(true);
		traffic.clear();

		const step = (what: string) => {
			expect(traffic.fromNetwork, `${what}: answered by the network`).toEqual([]);
			expect(traffic.failed, `${what}: failed requests`).toEqual([]);
			expect(traffic.errors, `${what}: errors`).toEqual([]);
		};

		// Search loads its script when the browser is idle; navigating before it arrives aborts that
		// request (net::ERR_ABORTED), which is the test leaving early, not the site failing.
		const searchLoaded = () => page.locator('#starlight__search[data-search-ui]').waitFor({ state: 'attached' });
		for (const path of allPagePaths()) {
			const response = await page.goto(site + path);
			expect(response?.status(), path).toBe(200);
			await expect(page.locator('h1').first()).toBeVisible();
			await searchLoaded();
			step(path);
		}

		for (const [home, queries] of [['', zhQueries], ['en/', enQueries]] as const) {
			await page.goto(site + home);
			await openSearch(page);
			for (const [query, slug] of queries) {
				expect(await firstResult(page, query), query).toBe(`${basePath}${home}${slug}/`);
			}
			await expect(page.locator('#starlight__search .pagefind-ui__result-nested .pagefind-ui__result-link').first()).toBeVisible();
			// Every result's fragment, not only the first few the UI shows: all pages of the locale.
			const loaded = await page.evaluate(async (bundle) => {
				const pagefind = (await import(bundle)) as {
					search(q: null, o: { filters: Record<string, unknown> }): Promise<{ results: { data(): Promise<{ url: string; content: string }> }[] }>;
					filters(): Promise<Record<string, Record<string, number>>>;
				};
				const categories = Object.keys((await pagefind.filters())['category'] ?? {});
				const { results } = await pagefind.search(null, { filters: { category: { any: categories } } });
				const data = await Promise.all(results.map((r) => r.data()));
				return data.filter((d) => d.url && d.content.length > 0).length;
			}, `${basePath}pagefind/pagefind.js`);
			expect(loaded, `${home || 'zh-CN'}: topic pages whose search fragment loaded`).toBe(topics.length);
			step(`search ${home || 'zh-CN'}`);
		}

		await page.goto(`${site}rsync/`);
		await searchLoaded();
		for (const theme of ['light', 'dark'] as const) {
			await page.locator('starlight-theme-select select').first().selectOption(theme);
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
		}
		await page.locator('starlight-lang-select select').first().selectOption({ label: 'English' });
		await expect(page).toHaveURL(`${site}en/rsync/`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await searchLoaded();
		step('theme and language');

		const unknown = await page.goto(`${site}no-such-page/`);
		expect(unknown?.status()).toBe(404);
		expect(unknown?.fromServiceWorker()).toBe(true);
		await expect(page.locator('h1').first()).toContainText('页面不存在');
		expect(traffic.fromNetwork).toEqual([]);
		// The worker tried the network for the unknown page, and only for that.
		expect(traffic.failed.every((f) => f.startsWith(`${site}no-such-page/`)), traffic.failed.join('\n')).toBe(true);
		expect(traffic.errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
	});
}

/** Build A of the update test is the build global-setup serves; build B is the same with one page changed. */
const updateBuilds = {
	root: { dir: () => join(projectRoot, 'dist'), base: '/', env: { REPORT_EMAIL: reportEmailUnderTest } },
	base: { dir: () => join(projectRoot, 'e2e/.fixtures/base-path/dist'), base: basePathUnderTest, env: { BASE_PATH: basePathUnderTest, REPO_URL: repoUrlUnderTest } },
};

for (const which of ['root', 'base'] as const) {
	test(`a new build is announced, and after the reload its pages are shown offline (${which} build)`, async ({ context, page }) => {
		test.setTimeout(300_000);
		const { dir: buildADir, base, env } = updateBuilds[which];
		const marker = 'OFFLINE-UPDATE-MARKER 这一段只在第二次构建里。';
		const buildB = buildFixture(`offline-update-${which}`, env, { edit: { 'content/docs/wait.mdx': (text) => `${text}\n\n${marker}\n` } });
		expect(buildB.status, buildB.output.slice(-2000)).toBe(0);
		const buildA = buildADir();

		// One origin for both builds, as on a real host: the served directory is a symlink that is
		// switched from build A to build B.
		const dir = mkdtempSync(join(tmpdir(), 'ops-handbook-offline-'));
		const current = join(dir, 'current');
		const pointTo = (target: string) => {
			symlinkSync(target, `${current}.next`);
			renameSync(`${current}.next`, current);
		};
		pointTo(buildA);
		const server = await serve(current, base);
		try {
			expect(new URL(server.url).pathname).toBe(base);
			const url = `${server.url}wait/`;
			await firstVisit(page, url);
			await expect(page.locator('main')).not.toContainText(marker);

			pointTo(buildB.outDir);
			await page.reload();
			// The page still comes from build A's precache until the reader accepts the update.
			await expect(page.locator('main')).not.toContainText(marker);
			const notice = page.locator('.update-notice');
			await expect(notice).toBeVisible({ timeout: 60_000 });
			await expect(notice).toContainText('手册已更新');
			await Promise.all([page.waitForEvent('load'), notice.getByRole('button').click()]);
			await expect(page.locator('main')).toContainText(marker);

			// Build A's entries are gone: the precache holds exactly build B's files.
			const cached = await page.evaluate(async () => {
				const urls: string[] = [];
				for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
				return urls;
			});
			expect(cached.length).toBe(offlineEntries(buildB.outDir).length);
			expect(cached.filter((u) => !new URL(u).pathname.startsWith(base))).toEqual([]);

			await context.setOffline(true);
			const traffic = watchTraffic(context, page);
			await page.goto(url);
			await expect(page.locator('main')).toContainText(marker);
			// Starlight loads the search UI when the page is idle; leaving before that aborts the request.
			await page.waitForLoadState('networkidle');
			await page.goto(`${server.url}en/wait/`);
			await expect(page.locator('h1').first()).toBeVisible();
			expect(traffic.fromNetwork).toEqual([]);
			expect(traffic.failed).toEqual([]);
			expect(traffic.errors).toEqual([]);
		} finally {
			await server.close();
			rmSync(dir, { recursive: true, force: true });
		}
	});
}
