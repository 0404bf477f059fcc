import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { enSearchQueries, queryKinds, zhSearchQueries } from './search-queries.ts';
import { join } from 'node:path';
import { siteUrl, topicUrl, type Locale } from './site.ts';
import { projectRoot, serve } from './test-utils.ts';

async function openSearch(page: Page) {
	// Starlight sets search up when the browser is idle after load; a reader is never faster than that.
	await page.locator('#starlight__search[data-search-ui]').waitFor({ state: 'attached' });
	await page.keyboard.press('Control+k');
	await expect(page.locator('site-search dialog')).toBeVisible();
}

/** Types a query and returns the path of the first result once Pagefind has answered it. */
async function firstResult(page: Page, query: string): Promise<string> {
	const input = page.locator('#starlight__search input.pagefind-ui__search-input');
	await input.fill(query);
	const message = page.locator('#starlight__search .pagefind-ui__message');
	await expect(message).toContainText(query.slice(0, 40));
	// Pagefind UI lists results in rank order but fills each one in as its data arrives, so the
	// first link in the list can belong to a lower result; read the link of the first result.
	const link = page.locator('#starlight__search li.pagefind-ui__result').first().locator('.pagefind-ui__result-link').first();
	await expect(link).toBeVisible();
	return new URL((await link.getAttribute('href'))!, page.url()).pathname;
}

/** Types a query and returns the paths of the first three results once Pagefind has answered it. */
async function topResults(page: Page, query: string): Promise<string[]> {
	const search = page.locator('#starlight__search');
	// Clear first: the previous query's message may contain this one.
	await search.locator('input.pagefind-ui__search-input').fill('');
	await expect(search.locator('.pagefind-ui__message')).toHaveCount(0);
	await search.locator('input.pagefind-ui__search-input').fill(query);
	await expect(search.locator('.pagefind-ui__message')).toContainText(query.slice(0, 40));
	// While loading, Pagefind UI shows only the message; the result list or the empty hint follow.
	await expect(search.locator('li.pagefind-ui__result, .search-empty-hint').first()).toBeAttached();
	const results = search.locator('li.pagefind-ui__result');
	const paths: string[] = [];
	for (let i = 0; i < Math.min(3, await results.count()); i++) {
		const link = results.nth(i).locator('.pagefind-ui__result-link').first();
		await expect(link).toHaveAttribute('href', /./);
		paths.push(new URL((await link.getAttribute('href'))!, page.url()).pathname);
	}
	return paths;
}

for (const [locale, queries, home] of [
	['zh-CN', zhSearchQueries, ''],
	['en', enSearchQueries, 'en/'],
] as const) {
	test(`${locale} queries of every kind rank the page that explains them first and never come back empty`, async ({ page }) => {
		test.setTimeout(300_000);
		await page.goto(siteUrl() + home);
		await openSearch(page);
		const misses: string[] = [];
		const tally = Object.fromEntries(queryKinds.map((k) => [k, { queries: 0, top1: 0, top3: 0, empty: 0 }]));
		for (const { query, slug, kind } of queries) {
			const expected = new URL(topicUrl(slug, locale)).pathname;
			const got = await topResults(page, query);
			const t = tally[kind]!;
			t.queries++;
			if (got[0] === expected) t.top1++;
			else misses.push(`[${kind}] ${query} → ${got[0] ?? 'nothing'} (expected ${expected})`);
			if (got.includes(expected)) t.top3++;
			if (!got.length) t.empty++;
		}
		for (const [kind, t] of Object.entries(tally)) console.log(`search ${locale} ${kind}: top-1 ${t.top1}/${t.queries}, top-3 ${t.top3}/${t.queries}, empty ${t.empty}`);
		if (misses.length) console.log(`misses (${locale}):\n  ${misses.join('\n  ')}`);
		for (const [kind, t] of Object.entries(tally)) {
			expect(t.top1 / t.queries, `${kind} top-1 share`).toBeGreaterThanOrEqual(0.95);
			expect(t.empty, `${kind} queries with no result`).toBe(0);
		}
	});
}

for (const [locale, home, query, note, slug] of [
	['zh-CN', '', 'kafak 集群部署', '你要找的是不是 kafka？', 'kafka'],
	['en', 'en/', 'kafak without zookeeper', 'Did you mean kafka?', 'kafka'],
] as const) {
	test(`${locale} search says what it searched when it relaxed or corrected the query`, async ({ page }) => {
		await page.goto(siteUrl() + home);
		await openSearch(page);
		const got = await topResults(page, query);
		expect(got[0]).toBe(new URL(topicUrl(slug, locale)).pathname);
		await expect(page.locator('#starlight__search .search-query-note')).toContainText(note);
		// The search box keeps what the reader typed.
		await expect(page.locator('#starlight__search input.pagefind-ui__search-input')).toHaveValue(query);
	});
}

for (const [locale, home, own, foreign] of [
	['zh-CN', '', ['筛选', '分类', '核对日期', '个'], /\b(results?|Filters|Category|Subject|Checked|Clear|Load more)\b/],
	['en', 'en/', ['Filters', 'Category', 'Checked', 'results'], /[\u4e00-\u9fff]/],
] as const) {
	test(`${locale} search interface speaks the page's language`, async ({ page }) => {
		await page.goto(siteUrl() + home);
		await openSearch(page);
		await topResults(page, 'zoo.cfg');
		const search = page.locator('#starlight__search');
		// Pagefind renders each filter group as a <details>; open it so its values show.
		const group = search.locator('.pagefind-ui__filter-panel details').first();
		if (!(await group.evaluate((d) => (d as HTMLDetailsElement).open))) await group.locator('summary').click();
		// The interface, not the pages' titles and excerpts it lists.
		const ui = await search.evaluate((root) => {
			const clone = root.cloneNode(true) as HTMLElement;
			clone.querySelectorAll('.pagefind-ui__result-title, .pagefind-ui__result-excerpt, .pagefind-ui__filter-label, .pagefind-ui__result-nested').forEach((el) => el.remove());
			const input = root.querySelector('input');
			return `${clone.innerText} ${input?.placeholder ?? ''} ${root.querySelector('.pagefind-ui__search-clear')?.textContent ?? ''}`;
		});
		for (const word of own) expect(ui).toContain(word);
		expect(ui.replace('zoo.cfg', '').match(foreign), 'strings in the other language').toBeNull();
	});
}

for (const [locale, home, tag] of [
	['zh-CN', '', /^核对日期：\d{4}-\d{2}-\d{2}$/],
	['en', 'en/', /^Checked on: \d{4}-\d{2}-\d{2}$/],
] as const) {
	test(`${locale} search results give the checked date with the language's own colon`, async ({ page }) => {
		await page.goto(siteUrl() + home);
		await openSearch(page);
		await topResults(page, 'rsync');
		const tags = await page.locator('#starlight__search .pagefind-ui__result-tag').allInnerTexts();
		expect(tags.length).toBeGreaterThan(0);
		for (const text of tags) expect(text.trim()).toMatch(tag);
	});
}

for (const [locale, home] of [['zh-CN', ''], ['en', 'en/']] as const) {
	test(`${locale} open search with a corrected query has no axe violations`, async ({ page }) => {
		await page.goto(siteUrl() + home);
		await openSearch(page);
		await topResults(page, 'kafak');
		await expect(page.locator('#starlight__search .search-query-note')).toBeVisible();
		const results = await new AxeBuilder({ page }).include('site-search dialog').analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
	});
}

test('the result count is announced to screen readers', async ({ page }) => {
	await page.goto(siteUrl());
	await openSearch(page);
	await topResults(page, 'JournalNode');
	const status = page.locator('site-search dialog [role="status"]');
	await expect(status).toContainText('JournalNode');
	await expect(status).toContainText(/找到 \d+ 个/);
});

const uiCoreFile = /\/_astro\/ui-core\.[\w-]+\.js$/;
/** Pagefind UI's search box, and the one that stands in for it while Pagefind UI loads. */
const realBox = '#starlight__search .pagefind-ui:not([data-search-stand-in]) input.pagefind-ui__search-input';
const standInBox = '#starlight__search [data-search-stand-in] input';

for (const key of ['/', 'Control+k']) {
	test(`Escape after opening search with ${key} returns focus to the search button`, async ({ page }) => {
		await page.goto(topicUrl('rsync'));
		await page.locator('#starlight__search[data-search-ui]').waitFor({ state: 'attached' });
		await page.keyboard.press(key);
		await expect(page.locator(realBox)).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(page.locator('site-search dialog')).toBeHidden();
		await expect(page.locator('site-search button[data-open-modal]')).toBeFocused();
	});
}

/** Holds back the files matching `file` until the returned function is called (a slow link). */
async function holdBack(page: Page, file: RegExp): Promise<() => void> {
	let release: () => void = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(file, async (route) => {
		await held;
		await route.continue();
	});
	return release;
}

/**
 * Opens the rsync page with Pagefind UI's code held back (a slow link), once Starlight has set
 * search up; the returned function lets the code through.
 */
async function rsyncPageWithSearchHeldBack(page: Page, locale: Locale = 'zh-CN'): Promise<() => void> {
	const release = await holdBack(page, uiCoreFile);
	await page.goto(topicUrl('rsync', locale));
	await page.locator('#starlight__search[data-search-ui="waiting"]').waitFor({ state: 'attached' });
	return release;
}

test('the page loads without the search interface, which arrives when search is opened', async ({ page }) => {
	const loaded: string[] = [];
	page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
	const uiCore = (paths: string[]) => paths.filter((p) => uiCoreFile.test(p));
	await page.goto(topicUrl('rsync'));
	await page.locator('#starlight__search[data-search-ui="waiting"]').waitFor({ state: 'attached' });
	await page.waitForLoadState('networkidle');
	expect(uiCore(loaded)).toEqual([]);
	await expect(page.locator('#starlight__search .pagefind-ui:not([data-search-stand-in])')).toHaveCount(0);
	await page.keyboard.press('Control+k');
	await expect(page.locator('#starlight__search')).toHaveAttribute('data-search-ui', 'ready');
	await expect(page.locator(realBox)).toBeFocused();
	await expect(page.locator(standInBox)).toHaveCount(0);
	expect(uiCore(loaded)).toHaveLength(1);
});

test('pointing at the search button starts loading the search interface before the click', async ({ page }) => {
	await page.goto(topicUrl('rsync'));
	await page.locator('#starlight__search[data-search-ui="waiting"]').waitFor({ state: 'attached' });
	await page.locator('site-search button[data-open-modal]').hover();
	await expect(page.locator(realBox)).toBeAttached();
	await expect(page.locator('site-search dialog')).toBeHidden();
});

test('a tap on search focuses a search box at once, before the interface has loaded, so a phone shows its keyboard', async ({ page }) => {
	const release = await rsyncPageWithSearchHeldBack(page);
	// iOS shows the keyboard only for a focus made inside the tap's own event handler.
	const focusedInClick = await page.evaluate(() => {
		const button = document.querySelector<HTMLButtonElement>('site-search button[data-open-modal]')!;
		button.click();
		const active = document.activeElement;
		return active instanceof HTMLInputElement && !!active.closest('#starlight__search');
	});
	expect(focusedInClick).toBe(true);
	await expect(page.locator('#starlight__search')).toHaveAttribute('data-search-ui', 'loading');
	await expect(page.locator(standInBox)).toBeFocused();
	await expect(page.locator(standInBox)).toHaveAttribute('placeholder', '搜索');
	release();
	await expect(page.locator(realBox)).toBeFocused();
	await expect(page.locator(realBox)).toHaveAttribute('placeholder', '搜索');
});

test('the search box shown while the interface loads has the size, place and look of the real one', async ({ page }) => {
	const release = await rsyncPageWithSearchHeldBack(page, 'en');
	await page.keyboard.press('Control+k');
	const look = (selector: string) =>
		page.locator(selector).evaluate((el) => {
			const style = getComputedStyle(el);
			const box = el.getBoundingClientRect();
			const icon = getComputedStyle(el.closest('.pagefind-ui__form')!, '::before');
			return {
				box: [box.x, box.y, box.width, box.height].map(Math.round),
				style: [style.fontSize, style.fontWeight, style.color, style.backgroundColor, style.borderColor, style.borderRadius, style.paddingLeft],
				icon: [icon.width, icon.maskImage === 'none' ? 'no icon' : 'icon'],
				placeholder: (el as HTMLInputElement).placeholder,
				placeholderColor: getComputedStyle(el, '::placeholder').color,
			};
		});
	const standIn = await look(standInBox);
	release();
	await expect(page.locator(standInBox)).toHaveCount(0);
	expect(await look(realBox)).toEqual(standIn);
	expect(standIn.placeholder).toBe('Search');
});

test('text typed while the search interface is still loading reaches the search box, caret included', async ({ page }) => {
	// The interface's code arrives only after the reader has typed.
	const release = await rsyncPageWithSearchHeldBack(page);
	await page.keyboard.press('/');
	await expect(page.locator('#starlight__search')).toHaveAttribute('data-search-ui', 'loading');
	await page.keyboard.type('mydX');
	await page.keyboard.press('Backspace');
	await page.keyboard.press('ArrowLeft');
	release();
	const input = page.locator(realBox);
	await expect(input).toBeFocused();
	await expect(page.locator(standInBox)).toHaveCount(0);
	await page.keyboard.type('i');
	await expect(input).toHaveValue('myid');
	await expect(page.locator('#starlight__search .pagefind-ui__result-link').first()).toBeVisible();
});

test('text pasted while the search interface is still loading reaches the search box', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const release = await rsyncPageWithSearchHeldBack(page);
	await page.evaluate(() => navigator.clipboard.writeText('myid'));
	await page.keyboard.press('Control+k');
	await expect(page.locator(standInBox)).toBeFocused();
	await page.keyboard.press('Control+v');
	await expect(page.locator(standInBox)).toHaveValue('myid');
	release();
	await expect(page.locator(realBox)).toHaveValue('myid');
	await expect(page.locator('#starlight__search .pagefind-ui__result-link').first()).toBeVisible();
});

test('a word still being composed with an input method when the interface arrives is finished in the search box', async ({ page }) => {
	const release = await rsyncPageWithSearchHeldBack(page);
	await page.keyboard.press('Control+k');
	await page.keyboard.type('rsync ');
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Input.imeSetComposition', { text: 'tongbu', selectionStart: 6, selectionEnd: 6 });
	release();
	// Moving focus would end the composition: the box waits for the reader to pick the characters,
	// and Pagefind UI, already built, stays out of sight so that only one box shows.
	const pagefindRoot = page.locator('#starlight__search .pagefind-ui:not([data-search-stand-in])');
	await pagefindRoot.waitFor({ state: 'attached' });
	await expect(pagefindRoot).toBeHidden();
	await expect(page.locator('#starlight__search input:visible')).toHaveCount(1);
	await expect(page.locator(standInBox)).toBeFocused();
	await expect(page.locator('#starlight__search')).toHaveAttribute('data-search-ui', 'loading');
	await cdp.send('Input.insertText', { text: '同步' });
	const input = page.locator(realBox);
	await expect(input).toHaveValue('rsync 同步');
	await expect(input).toBeFocused();
	await expect(input).toBeVisible();
	await expect(page.locator(standInBox)).toHaveCount(0);
	await expect(page.locator('#starlight__search')).toHaveAttribute('data-search-ui', 'ready');
	await expect(page.locator('#starlight__search .pagefind-ui__result-link').first()).toBeVisible();
});

for (const width of [1280, 390]) {
	test(`search opened before Starlight has set it up still gets its interface, and the box the focus (${width} px)`, async ({ page }) => {
		await page.setViewportSize({ width, height: 800 });
		// Starlight's search set-up waits for idle and then loads the wrapper; hold it and Pagefind UI back.
		const releaseWrapper = await holdBack(page, /\/_astro\/_ops-handbook_pagefind-default-ui\.[\w-]+\.js$/);
		const releaseUi = await holdBack(page, uiCoreFile);
		await page.goto(topicUrl('rsync'));
		await expect(page.locator('site-search button[data-open-modal]')).toBeEnabled();
		await page.keyboard.press('Control+k');
		await expect(page.locator('site-search dialog')).toBeVisible();
		expect(await page.locator('#starlight__search[data-search-ui]').count()).toBe(0);
		releaseWrapper();
		// On a phone the dialog has put the focus on its Cancel button, which the reader did not choose.
		await expect(page.locator(standInBox)).toBeFocused();
		releaseUi();
		await expect(page.locator(realBox)).toBeFocused();
	});
}

test('a reader who moved to Cancel while search loads keeps the focus there', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 800 });
	const release = await rsyncPageWithSearchHeldBack(page);
	await page.keyboard.press('Control+k');
	await expect(page.locator(standInBox)).toBeFocused();
	await page.keyboard.press('Shift+Tab');
	const cancel = page.locator('site-search button[data-close-modal]');
	await expect(cancel).toBeFocused();
	release();
	await expect(page.locator('#starlight__search')).toHaveAttribute('data-search-ui', 'ready');
	await expect(page.locator(realBox)).toBeVisible();
	await expect(cancel).toBeFocused();
});

test('Escape empties the search box while the interface loads, as it does once loaded', async ({ page }) => {
	const release = await rsyncPageWithSearchHeldBack(page);
	await page.keyboard.press('Control+k');
	await expect(page.locator('#starlight__search')).toHaveAttribute('data-search-ui', 'loading');
	await page.keyboard.type('zzz');
	await page.keyboard.press('Escape');
	await expect(page.locator('site-search dialog')).toBeHidden();
	await expect(page.locator('site-search button[data-open-modal]')).toBeFocused();
	await page.keyboard.press('Control+k');
	await expect(page.locator(standInBox)).toHaveValue('');
	await page.keyboard.type('myid');
	release();
	const input = page.locator(realBox);
	await expect(input).toHaveValue('myid');
	await expect(input).toBeFocused();
	await input.press('Escape');
	await expect(page.locator('site-search dialog')).toBeHidden();
	await page.keyboard.press('Control+k');
	await expect(input).toHaveValue('');
});

test('if the search interface fails to load, the dialog says so and the next opening tries again', async ({ page }) => {
	let refuse = true;
	let refused = 0;
	await page.route(uiCoreFile, (route) => (refuse ? (refused++, route.abort()) : route.continue()));
	await page.goto(topicUrl('rsync'));
	await page.locator('#starlight__search[data-search-ui="waiting"]').waitFor({ state: 'attached' });
	await page.keyboard.press('Control+k');
	await expect(page.locator('site-search dialog')).toBeVisible();
	await expect(page.locator('#starlight__search [role="status"]')).toHaveText('搜索没能加载。请联网后重新打开搜索。');
	await expect(page.locator('#starlight__search')).toHaveAttribute('data-search-ui', 'waiting');
	expect(refused).toBe(1);
	await page.keyboard.press('Escape');
	await expect(page.locator('site-search dialog')).toBeHidden();
	// Closing puts the focus back on the search button; that alone must not try again.
	await expect(page.locator('site-search button[data-open-modal]')).toBeFocused();
	await page.waitForTimeout(500);
	expect(refused).toBe(1);
	refuse = false;
	await page.keyboard.press('Control+k');
	const input = page.locator(realBox);
	await expect(input).toBeFocused();
	await expect(page.locator('#starlight__search [role="status"]')).toHaveCount(0);
	await input.fill('myid');
	await expect(page.locator('#starlight__search .pagefind-ui__result-link').first()).toBeVisible();
});

test('results show the heading the match is under', async ({ page }) => {
	await page.goto(siteUrl());
	await openSearch(page);
	await firstResult(page, '4lw.commands.whitelist');
	await expect(page.locator('#starlight__search .pagefind-ui__result-nested .pagefind-ui__result-link').first()).toBeVisible();
	await expect(page.locator('#starlight__search .pagefind-ui__result-excerpt').first()).not.toBeEmpty();
});

test('search can be filtered by subject', async ({ page }) => {
	await page.goto(siteUrl());
	await openSearch(page);
	await firstResult(page, 'ZooKeeper');
	const filter = page.locator('#starlight__search .pagefind-ui__filter-panel');
	await expect(filter).toContainText('大数据');
	// Pagefind renders each filter group as a <details>; open it if it starts closed.
	const group = filter.locator('details').first();
	if ((await group.count()) && !(await group.evaluate((d) => (d as HTMLDetailsElement).open))) await group.locator('summary').click();
	await filter.getByLabel(/大数据/).check();
	await expect(page.locator('#starlight__search .pagefind-ui__result-link').first()).toHaveAttribute('href', /hadoop-ha/);
	const links = await page.locator('#starlight__search .pagefind-ui__result > .pagefind-ui__result-inner > .pagefind-ui__result-title > .pagefind-ui__result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
	expect(links.every((href) => href?.includes('hadoop-ha'))).toBe(true);
});

test('the / key opens search, arrows move through results, Enter opens one, Escape closes', async ({ page }) => {
	await page.goto(topicUrl('rsync'));
	// Starlight sets search up when the browser is idle after load; a reader is never faster than that.
	await page.locator('#starlight__search[data-search-ui]').waitFor({ state: 'attached' });
	await page.keyboard.press('/');
	const input = page.locator('#starlight__search input.pagefind-ui__search-input');
	await expect(input).toBeFocused();
	await input.fill('myid');
	await expect(page.locator('#starlight__search .pagefind-ui__result-link').first()).toBeVisible();
	await page.keyboard.press('ArrowDown');
	await expect(page.locator('#starlight__search .pagefind-ui__result-link').first()).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(page.locator('#starlight__search .pagefind-ui__result-link').nth(1)).toBeFocused();
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/zookeeper-deploy/);
	// The URL changes before the new page has run its scripts: Ctrl+K pressed then reaches no listener.
	await page.waitForLoadState('load');
	await page.keyboard.press('Control+k');
	await expect(page.locator('site-search dialog')).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.locator('site-search dialog')).toBeHidden();
});

test('the landed page highlights the searched words', async ({ page }) => {
	await page.goto(siteUrl());
	await openSearch(page);
	await firstResult(page, 'JournalNode');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/hadoop-ha\/.*pagefind-highlight=JournalNode/);
	await expect(page.locator('main mark.pagefind-highlight').first()).toBeVisible();
});

test('an empty result says so and offers the topic list', async ({ page }) => {
	await page.goto(siteUrl());
	await openSearch(page);
	await page.locator('#starlight__search input.pagefind-ui__search-input').fill('Þórsmörk');
	await expect(page.locator('#starlight__search .pagefind-ui__message')).toContainText('Þórsmörk');
	const hint = page.locator('#starlight__search .search-empty-hint a');
	await expect(hint).toBeVisible();
	await hint.click();
	await expect(page).toHaveURL(/#topics$/);
});

test('hostile input is harmless', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('dialog', (d) => {
		errors.push(`dialog: ${d.message()}`);
		void d.dismiss();
	});
	await page.goto(siteUrl());
	await openSearch(page);
	const input = page.locator('#starlight__search input.pagefind-ui__search-input');
	for (const query of ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '.*+?^${}()|[]\\', '"; DROP TABLE', '🙂🚀 kafka', 'a'.repeat(5000)]) {
		await input.fill(query);
		await page.waitForTimeout(600);
	}
	await input.fill('kafka');
	await expect(page.locator('#starlight__search .pagefind-ui__result-link').first()).toBeVisible();
	expect(await page.locator('#starlight__search img[src="x"]').count()).toBe(0);
	expect(errors).toEqual([]);
});

test('search works under a base path', async ({ page }) => {
	await page.goto(siteUrl('base'));
	await openSearch(page);
	const path = await firstResult(page, 'JournalNode');
	expect(path).toBe(new URL(topicUrl('hadoop-ha', 'zh-CN', 'base')).pathname);
});

for (const encodings of [['gzip'], []] as const) {
	const host = encodings.length ? 'a gzip-only host' : 'a host that sends files uncompressed';
	test(`search finds results on ${host}, where Pagefind decompresses its own gzip files`, async ({ page }) => {
		const server = await serve(join(projectRoot, 'dist'), '/', { encodings: [...encodings] });
		try {
			const pagefindEncodings = new Set<string>();
			page.on('response', async (response) => {
				if (/\/pagefind\/.*\.(pf_index|pf_meta|pf_fragment|pagefind)$/.test(new URL(response.url()).pathname)) {
					pagefindEncodings.add((await response.headerValue('content-encoding')) ?? 'identity');
				}
			});
			await page.goto(server.url);
			await openSearch(page);
			expect(await firstResult(page, 'JournalNode')).toBe('/hadoop-ha/');
			// What the browser got was Pagefind's gzip files as stored, not their brotli twins.
			expect([...pagefindEncodings]).toEqual(['identity']);
		} finally {
			await server.close();
		}
	});
}

test('a host with brotli sends Pagefind its files as brotli of their decoded content', async ({ page }) => {
	const encodings = new Map<string, string>();
	page.on('response', async (response) => {
		const path = new URL(response.url()).pathname;
		if (/\/pagefind\/.*\.(pf_index|pf_fragment|pagefind)$/.test(path)) encodings.set(path.replace(/.*\./, ''), (await response.headerValue('content-encoding')) ?? 'identity');
	});
	await page.goto(siteUrl());
	await openSearch(page);
	expect(await firstResult(page, 'JournalNode')).toBe(new URL(topicUrl('hadoop-ha')).pathname);
	expect(Object.fromEntries(encodings)).toEqual({ pagefind: 'br', pf_index: 'br', pf_fragment: 'br' });
});
