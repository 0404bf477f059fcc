/**
 * What the claims suite (e2e/claims.test.ts) checks on the pages' source: claim ids against their
 * checks, and quoted error messages against verified transcripts or citations. It reads a content
 * tree as a stack of roots (the project, then a fixture laid over it), so that a fixture holds only
 * its one bad file.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { claimChecks } from '../../lib/claim-checks.ts';
import { topics } from '../../lib/topics.ts';
import { parseTranscript } from '../../lib/transcript.ts';
import { verifiedExamples } from '../../lib/verified-examples.ts';

/** Files under `content/` by path relative to the project root; a later root replaces an earlier one's file. */
export function contentFiles(roots: string[]): Map<string, string> {
	const files = new Map<string, string>();
	const walk = (root: string, dir: string) => {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) walk(root, path);
			else files.set(relative(root, path), readFileSync(path, 'utf8'));
		}
	};
	for (const root of roots) if (existsSync(join(root, 'content'))) walk(root, join(root, 'content'));
	return files;
}

export const pageFiles = (slug: string) => [`content/docs/${slug}.mdx`, `content/docs/en/${slug}.mdx`];

/** `<Claim id="…" />` marks of a page, in order. */
export function claimIds(mdx: string): string[] {
	return [...mdx.matchAll(/<Claim\s+id="([^"]*)"\s*\/>/g)].map((m) => m[1]!);
}

export function claimProblems(roots: string[]): string[] {
	const files = contentFiles(roots);
	const problems: string[] = [];
	const listed = new Set(claimChecks.map((c) => `content/claims/${c.file}`));
	const referenced = new Set<string>();
	for (const { slug } of topics) {
		const [zh, en] = pageFiles(slug).map((f) => ({ file: f, ids: claimIds(files.get(f) ?? '') }));
		for (const page of [zh!, en!]) {
			for (const id of page.ids) {
				const check = `content/claims/${id}.console`;
				referenced.add(check);
				if (!id.startsWith(`${slug}/`)) problems.push(`${page.file}: claim "${id}" belongs to another page (a claim id is <slug>/<name>: ${slug}/…)`);
				else if (!files.has(check)) problems.push(`${page.file}: claim "${id}" has no check (write ${check})`);
				else if (!listed.has(check)) problems.push(`${page.file}: claim "${id}": ${check} is not run by npm run verify (list it in src/lib/claim-checks.ts)`);
			}
		}
		if (zh!.ids.join(' ') !== en!.ids.join(' ')) {
			problems.push(`${zh!.file} and ${en!.file} mark different claims: [${zh!.ids.join(', ')}] vs [${en!.ids.join(', ')}]`);
		}
	}
	for (const file of files.keys()) {
		if (file.startsWith('content/claims/') && !referenced.has(file)) {
			const m = /^content\/claims\/([^/]+)\/(.+)\.console$/.exec(file);
			problems.push(
				m
					? `${file}: no sentence references claim "${m[1]}/${m[2]}" (put <Claim id="${m[1]}/${m[2]}" /> after its sentence in ${pageFiles(m[1]!).join(' and ')})`
					: `${file}: not a claim check (content/claims/<slug>/<id>.console)`
			);
		}
	}
	for (const file of listed) if (!files.has(file)) problems.push(`src/lib/claim-checks.ts lists ${file}, which does not exist`);
	return problems;
}

/** The Troubleshooting section of a page (between its heading and the next `## `). */
function troubleshooting(mdx: string): string {
	const m = /^## (?:常见问题与排错|Troubleshooting)\n([\s\S]*?)(?=^## )/m.exec(mdx);
	return m?.[1] ?? '';
}

export interface QuotedMessage {
	message: string;
	/** The whole list item, where its citation must be. */
	item: string;
}

/**
 * Quoted error messages of a page: the inline code spans of two or more words in the bold lead
 * (`- **…**`) of a Troubleshooting list item, except a span that starts with a command the
 * page's own transcripts type (`commands`, compared by base name): that is what the reader types,
 * not what a tool prints.
 */
export function quotedMessages(mdx: string, commands: Set<string>): QuotedMessage[] {
	const out: QuotedMessage[] = [];
	const items = troubleshooting(mdx).split(/\n(?=- )/);
	for (const item of items) {
		const lead = /^- \*\*([\s\S]*?)\*\*/.exec(item)?.[1];
		if (!lead) continue;
		for (const [, code] of lead.matchAll(/`([^`]+)`/g)) {
			const text = code!.trim();
			if (!/\S\s+\S/.test(text)) continue;
			const first = text.split(/\s+/)[0]!.replace(/^.*\//, '');
			if (commands.has(first)) continue;
			out.push({ message: text, item });
		}
	}
	return out;
}

/** `…` and `<PLACEHOLDER>` in a quoted message stand for any text within the line. */
export function messagePattern(message: string): RegExp {
	const parts = message.split(/…|<[A-Z][A-Z0-9_]*>/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	return new RegExp(parts.join('.*?'));
}

/**
 * A citation: a link in the same list item whose text names a version (`3.5.0`, `bash 4.2`,
 * `OpenSSH 10.6`), an RFC or a commit (`commit 0951726`), to an upstream source file or document.
 */
export function citationsOf(item: string): string[] {
	return [...item.matchAll(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g)].filter(([, text]) => /\d+\.\d+|\bRFC \d+|\bcommit [0-9a-f]{7,40}\b/.test(text!)).map(([, text, url]) => `${text} <${url}>`);
}

/** Output lines of every transcript `npm run verify` runs, and the commands they type. */
export function verifiedTranscripts(roots: string[]): { output: string[]; commands: Set<string> } {
	const files = contentFiles(roots);
	const output: string[] = [];
	const commands = new Set<string>();
	const run = [...verifiedExamples.map((e) => `content/examples/${e.file}`), ...claimChecks.map((c) => `content/claims/${c.file}`)];
	for (const file of run) {
		for (const line of parseTranscript(files.get(file) ?? '')) {
			if (line.kind === 'output') output.push(line.text);
			else if (line.kind === 'command') commands.add(line.text.trim().split(/\s+/)[0]!.replace(/^.*\//, ''));
		}
	}
	return { output, commands };
}

/** Commands a page's own transcripts type, verified or not (what its reader types). */
function pageCommands(files: Map<string, string>, slug: string): Set<string> {
	const commands = new Set<string>();
	for (const [file, text] of files) {
		if (!(file.startsWith(`content/examples/${slug}/`) || file.startsWith(`content/claims/${slug}/`)) || !file.endsWith('.console')) continue;
		for (const line of parseTranscript(text)) if (line.kind === 'command') commands.add(line.text.trim().split(/\s+/)[0]!.replace(/^.*\//, ''));
	}
	return commands;
}

export interface MessageBacking {
	file: string;
	message: string;
	backing: 'transcript' | 'citation' | 'none';
	detail?: string;
}

export function messageBackings(roots: string[]): MessageBacking[] {
	const files = contentFiles(roots);
	const { output } = verifiedTranscripts(roots);
	const out: MessageBacking[] = [];
	for (const { slug } of topics) {
		const commands = pageCommands(files, slug);
		for (const file of pageFiles(slug)) {
			for (const { message, item } of quotedMessages(files.get(file) ?? '', commands)) {
				const pattern = messagePattern(message);
				const line = output.find((l) => pattern.test(l));
				const citation = citationsOf(item)[0];
				if (line !== undefined) out.push({ file, message, backing: 'transcript', detail: line });
				else if (citation !== undefined) out.push({ file, message, backing: 'citation', detail: citation });
				else out.push({ file, message, backing: 'none' });
			}
		}
	}
	return out;
}

export function messageProblems(roots: string[]): string[] {
	return messageBackings(roots)
		.filter((b) => b.backing === 'none')
		.map((b) => `${b.file}: quoted error message \`${b.message}\` is in no verified transcript and has no citation (a link whose text names the version) in its list item`);
}
