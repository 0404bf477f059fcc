import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseTranscript } from '../../src/lib/transcript.ts';
import type { VerifiedExample } from '../../src/lib/verified-examples.ts';

export interface Step {
	command: string;
	expected: string;
	actual: string;
}

const marker = (i: number) => `@@ops-handbook-step-${i}@@`;

/** Commands of a transcript with the output the page shows after each. */
export function stepsOf(transcript: string): { command: string; expected: string[] }[] {
	const steps: { command: string; expected: string[] }[] = [];
	for (const line of parseTranscript(transcript)) {
		if (line.kind === 'command') steps.push({ command: line.text, expected: [] });
		else if (line.kind === 'continuation') steps[steps.length - 1]!.command += `\n${line.text}`;
		else steps[steps.length - 1]?.expected.push(line.text);
	}
	return steps;
}

function normalise(text: string, rules: [RegExp, string][]): string {
	let out = text
		.split('\n')
		.map((l) => l.replace(/\s+$/, ''))
		.join('\n')
		.trim();
	for (const [pattern, replacement] of rules) out = out.replace(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}gm`), replacement);
	return out;
}

/**
 * Runs a transcript in a fresh directory (also its HOME) as one bash script, one step after
 * another, and returns what each command printed next to what the page shows.
 */
export function runTranscript(example: VerifiedExample, examplesDir: string): { steps: Step[]; workDir: string } {
	const transcript = readFileSync(join(examplesDir, example.file), 'utf8');
	const steps = stepsOf(transcript);
	const workDir = mkdtempSync(join(tmpdir(), 'ops-handbook-verify-'));
	const script = [
		'exec 2>&1',
		`cd ${JSON.stringify(workDir)}`,
		example.setup ?? '',
		...steps.flatMap((s, i) => [`printf '%s\\n' '${marker(i)}'`, s.command]),
		`printf '%s\\n' '${marker(steps.length)}'`,
		example.teardown ?? '',
	].join('\n');
	const result = spawnSync('bash', ['--noprofile', '--norc', '-c', script], {
		cwd: workDir,
		env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: workDir, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', TERM: 'dumb', USER: process.env['USER'] ?? 'root' },
		encoding: 'utf8',
		timeout: 120_000,
	});
	const out = result.stdout ?? '';
	const rules = example.normalize ?? [];
	const results = steps.map((s, i) => {
		const start = out.indexOf(`${marker(i)}\n`);
		const end = out.indexOf(`${marker(i + 1)}\n`);
		const actual = start === -1 ? '<step did not run>' : out.slice(start + marker(i).length + 1, end === -1 ? undefined : end);
		return { command: s.command, expected: normalise(s.expected.join('\n'), rules), actual: normalise(actual, rules) };
	});
	return { steps: results, workDir };
}

export function cleanUp(workDir: string) {
	rmSync(workDir, { recursive: true, force: true });
}
