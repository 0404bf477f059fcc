import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { claimProblems, messageBackings, messageProblems } from '../src/cli/lib/page-claims.ts';
import { topicUrl } from './site.ts';
import { projectRoot } from './test-utils.ts';

// The checks read the pages' source: a fixture (e2e/fixtures/<name>/) is laid over the project.
const withFixture = (name: string) => [projectRoot, join(projectRoot, 'e2e/fixtures', name)];

test('every claim id on a page has a check that npm run verify runs, and every check has its sentence', () => {
	expect(claimProblems([projectRoot])).toEqual([]);
});

test('a claim id without a check fails, naming the page and the claim', () => {
	const problems = claimProblems(withFixture('claim-without-check'));
	expect(problems.filter((p) => p.startsWith('content/docs/wait.mdx: claim "wait/no-such-check" has no check'))).toHaveLength(1);
});

test('a claim marked in one language only fails, naming both pages', () => {
	const problems = claimProblems(withFixture('claim-without-check'));
	expect(problems.filter((p) => p.startsWith('content/docs/wait.mdx and content/docs/en/wait.mdx mark different claims'))).toHaveLength(1);
});

test('a check that no sentence references fails, naming the check and its claim id', () => {
	const problems = claimProblems(withFixture('check-without-claim'));
	expect(problems).toEqual([expect.stringMatching(/^content\/claims\/wait\/orphan\.console: no sentence references claim "wait\/orphan"/)]);
});

test('a claim shows a check mark whose label names the versions it ran against, in the page language', async ({ page }) => {
	await page.goto(topicUrl('wait'));
	const zh = page.locator('[data-claim="wait/trap-interrupts"]');
	await expect(zh).toHaveAttribute('title', /^此句由 npm run verify 实际运行核对，版本：bash 5\.\d+/);
	await expect(zh).toHaveText(/^✓/);
	await page.goto(topicUrl('wait', 'en'));
	const en = page.locator('[data-claim="wait/trap-interrupts"]');
	await expect(en).toHaveAttribute('title', /^This sentence is checked by npm run verify against bash 5\.\d+/);
	// Screen readers get the label, not the bare symbol, and search does not index it.
	await expect(en.locator('.sr-only')).toHaveText(/checked by npm run verify/);
	await expect(en).toHaveAttribute('data-pagefind-ignore', 'all');
});

test('every quoted error message comes from a verified transcript or cites the upstream source with its version', () => {
	expect(messageProblems([projectRoot])).toEqual([]);
	expect(messageBackings([projectRoot]).length).toBeGreaterThan(0);
});

test('a quoted error message that is neither run nor cited with a version fails, naming the page and the message', () => {
	const problems = messageProblems(withFixture('unbacked-message')).filter((p) => p.startsWith('content/docs/en/wait.mdx'));
	expect(problems).toEqual([
		expect.stringMatching(/^content\/docs\/en\/wait\.mdx: quoted error message `wait: the job table is on fire`/),
		expect.stringMatching(/^content\/docs\/en\/wait\.mdx: quoted error message `wait: no such job as 1`/),
	]);
});

test('a quoted message matches a transcript line with … and <PLACEHOLDER> standing for any text', () => {
	const rsync = messageBackings([projectRoot]).find((b) => b.file === 'content/docs/en/rsync.mdx' && b.message.startsWith('rsync: [sender] change_dir "…"'));
	expect(rsync?.backing).toBe('transcript');
	expect(rsync?.detail).toContain('failed: No such file or directory (2)');
});
