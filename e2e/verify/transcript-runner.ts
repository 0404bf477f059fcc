import { spawnSync } from 'node:child_process';
import { chownSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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

/** The account `$` commands run as when the suite itself runs as root (Debian's `nobody`). */
export const unprivileged = { uid: 65534, gid: 65534, name: 'nobody' };

/**
 * Who runs a transcript: `$` commands as an unprivileged user, `#` commands as root, as the
 * prompts promise. A transcript runs as one shell (jobs and variables carry over between its
 * commands), so it cannot switch users half-way: one that mixes the prompts is an error.
 */
export function runnerOf(transcript: string, file: string): { root: boolean } {
	const prompts = new Set(parseTranscript(transcript).flatMap((l) => (l.kind === 'command' ? [l.root] : [])));
	if (prompts.size > 1) throw new Error(`${file}: mixes $ and # commands; split it into one transcript per user`);
	const root = prompts.has(true);
	const suiteIsRoot = process.getuid?.() === 0;
	if (root && !suiteIsRoot) throw new Error(`${file}: its commands are typed as root (#); run npm run verify as root`);
	return { root };
}

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
	// A rule that drops a whole last line leaves its line break behind.
	return out.trim();
}

/**
 * Runs a transcript in a fresh directory (also its HOME) as one bash script, one step after
 * another, and returns what each command printed next to what the page shows.
 */
export function runTranscript(example: VerifiedExample, examplesDir: string): { steps: Step[]; workDir: string } {
	return runTranscriptText(readFileSync(join(examplesDir, example.file), 'utf8'), example);
}

export function runTranscriptText(transcript: string, example: VerifiedExample): { steps: Step[]; workDir: string } {
	const { root } = runnerOf(transcript, example.file);
	const steps = stepsOf(transcript);
	const workDir = mkdtempSync(join(tmpdir(), 'ops-handbook-verify-'));
	const dropToUser = !root && process.getuid?.() === 0;
	if (dropToUser) chownSync(workDir, unprivileged.uid, unprivileged.gid);
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
		env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: workDir, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', TERM: 'dumb', USER: dropToUser ? unprivileged.name : (process.env['USER'] ?? 'root') },
		// libuv also drops root's supplementary groups when it changes the user.
		...(dropToUser ? { uid: unprivileged.uid, gid: unprivileged.gid } : {}),
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
