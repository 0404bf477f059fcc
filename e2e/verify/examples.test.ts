/**
 * `npm run verify`: runs every example listed in src/lib/verified-examples.ts in a throwaway
 * directory and asserts that it prints what its page shows. Missing tools fail with the Debian
 * packages to install; nothing is skipped.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { verifiedExamples } from '../../src/lib/verified-examples.ts';
import { cleanUp, runTranscript, runTranscriptText } from './transcript-runner.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const examplesDir = join(root, 'content/examples');

function missingPackages(packages: string[]): string[] {
	return packages.filter((p) => spawnSync('dpkg-query', ['-W', '-f=${Status}', p], { encoding: 'utf8' }).stdout?.includes('install ok installed') !== true);
}

test('every Debian package the examples need is installed', () => {
	const missing = [...new Set(verifiedExamples.flatMap((e) => missingPackages(e.packages)))];
	assert.deepEqual(missing, [], `install them first: apt-get install ${missing.join(' ')}`);
});

test('the recorded tool versions cover every verified example', () => {
	const recorded = JSON.parse(readFileSync(join(examplesDir, 'verified-versions.json'), 'utf8')) as Record<string, Record<string, string>>;
	for (const example of verifiedExamples) {
		assert.ok(recorded[example.file], `${example.file}: no versions recorded; run npm run verify -- --record`);
		assert.deepEqual(Object.keys(recorded[example.file]!).sort(), Object.keys(example.versions).sort(), `${example.file}: recorded tools differ`);
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

for (const example of verifiedExamples) {
	describe(example.file, () => {
		test('the example file exists', () => assert.ok(existsSync(join(examplesDir, example.file))));
		test('every command prints what the page shows', () => {
			const missing = missingPackages(example.packages);
			assert.deepEqual(missing, [], `install them first: apt-get install ${missing.join(' ')}`);
			const { steps, workDir } = runTranscript(example, examplesDir);
			try {
				assert.ok(steps.length > 0, 'the transcript has commands');
				for (const step of steps) assert.equal(step.actual, step.expected, `output of: ${step.command}`);
			} finally {
				cleanUp(workDir);
			}
		});
	});
}
