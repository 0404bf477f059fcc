/**
 * `npm run verify`: runs every example listed in src/lib/verified-examples.ts and every claim
 * check listed in src/lib/claim-checks.ts in a throwaway directory and asserts that it prints what
 * its file shows. Missing tools fail with the Debian
 * packages to install; nothing is skipped.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { claimChecks, claimVersionsKey } from '../../src/lib/claim-checks.ts';
import { verifiedExamples, type VerifiedExample } from '../../src/lib/verified-examples.ts';
import { cleanUp, runTranscript, runTranscriptText } from './transcript-runner.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const examplesDir = join(root, 'content/examples');
const claimsDir = join(root, 'content/claims');
/** Examples, then claim checks: where each file lives and its key among the recorded versions. */
const runs: { example: VerifiedExample; dir: string; key: string; shown: string }[] = [
	...verifiedExamples.map((example) => ({ example, dir: examplesDir, key: example.file, shown: `content/examples/${example.file}` })),
	...claimChecks.map((example) => ({ example, dir: claimsDir, key: claimVersionsKey(example.file), shown: `content/claims/${example.file}` })),
];

function missingPackages(packages: string[]): string[] {
	return packages.filter((p) => spawnSync('dpkg-query', ['-W', '-f=${Status}', p], { encoding: 'utf8' }).stdout?.includes('install ok installed') !== true);
}

test('every Debian package the examples need is installed', () => {
	const missing = [...new Set(runs.flatMap((r) => missingPackages(r.example.packages)))];
	assert.deepEqual(missing, [], `install them first: apt-get install ${missing.join(' ')}`);
});

test('the recorded tool versions cover every verified example and claim check', () => {
	const recorded = JSON.parse(readFileSync(join(examplesDir, 'verified-versions.json'), 'utf8')) as Record<string, Record<string, string>>;
	for (const { example, key } of runs) {
		assert.ok(recorded[key], `${key}: no versions recorded; run npm run verify:record`);
		assert.deepEqual(Object.keys(recorded[key]!).sort(), Object.keys(example.versions).sort(), `${key}: recorded tools differ`);
	}
});

describe('the runner keeps the prompts honest', () => {
	const probe = (transcript: string) => {
		const { steps, workDir } = runTranscriptText(transcript, { file: 'probe.console', packages: [], versions: {} });
		cleanUp(workDir);
		return steps.map((s) => s.actual);
	};
	test('a $ transcript runs as an unprivileged user', () => {
		assert.notEqual(probe('$ id -u\n')[0], '0');
	});
	test('a # transcript runs as root', () => {
		assert.equal(probe('# id -u\n')[0], '0');
	});
	test('a transcript that mixes $ and # commands is refused', () => {
		assert.throws(() => probe('$ true\n# true\n'), /mixes \$ and # commands/);
	});
});

for (const { example, dir, shown } of runs) {
	describe(shown, () => {
		test('the file exists', () => assert.ok(existsSync(join(dir, example.file))));
		test('every command prints what the page shows', () => {
			const missing = missingPackages(example.packages);
			assert.deepEqual(missing, [], `install them first: apt-get install ${missing.join(' ')}`);
			const { steps, workDir } = runTranscript(example, dir);
			try {
				assert.ok(steps.length > 0, 'the transcript has commands');
				for (const step of steps) assert.equal(step.actual, step.expected, `output of: ${step.command}`);
			} finally {
				cleanUp(workDir);
			}
		});
	});
}
