import { expect, test } from '@playwright/test';
import { buildFixture } from './test-utils.ts';

// Each case builds a copy of the site with one bad file (e2e/fixtures/<name>/) and expects the
// build to stop with a message that names the file and the problem.
const cases: { name: string; behaviour: string; file: string; problem: RegExp; remove?: string[] }[] = [
	{ name: 'broken-link', behaviour: 'a link to a missing page', file: 'content/docs/wait.mdx', problem: /\/no-such-topic\/.*has no page/ },
	{ name: 'broken-anchor', behaviour: 'a link to a missing heading', file: 'content/docs/wait.mdx', problem: /missing anchor #no-such-heading/ },
	{ name: 'bad-frontmatter', behaviour: 'a category outside the topic list', file: 'content/docs/wait.mdx', problem: /category/ },
	{ name: 'missing-description', behaviour: 'a page without a description', file: 'content/docs/wait.mdx', problem: /description/ },
	{ name: 'unknown-language', behaviour: 'a code block in a language Shiki does not know', file: 'content/docs/wait.mdx', problem: /"shel" is not a Shiki language/ },
	{ name: 'unverified-claim', behaviour: 'a verified badge for an example the suite does not run', file: 'content/docs/wait.mdx', problem: /verification suite does not run this example/ },
	{ name: 'claim-without-check', behaviour: 'a claim id whose check npm run verify does not run', file: 'content/docs/wait.mdx', problem: /<Claim id="wait\/no-such-check">: no check content\/claims\/wait\/no-such-check\.console/ },
	{ name: 'missing-page', behaviour: 'a listed topic without its English page', file: 'content/docs/en/wait.mdx', problem: /missing \(topic "wait"/, remove: ['content/docs/en/wait.mdx'] },
];

test.describe.configure({ mode: 'parallel' });

for (const c of cases) {
	test(`the build fails on ${c.behaviour} and names the file`, async () => {
		test.setTimeout(180_000);
		const result = buildFixture(c.name, {}, c.remove ? { remove: c.remove } : {});
		expect(result.status, result.output.slice(-2000)).not.toBe(0);
		const lines = result.output.split('\n').filter((line) => line.includes(c.file.replace(/^content\//, '')));
		expect(lines.length, `no line of the output names ${c.file}:\n${result.output.slice(-2000)}`).toBeGreaterThan(0);
		expect(result.output).toMatch(c.problem);
	});
}
