/**
 * Checks that the config keys in the Kafka, Hadoop and ZooKeeper examples exist in the release the
 * page names. The key lists are data in content/config-keys/ (made by src/cli/extract-config-keys.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';

export type Product = 'kafka' | 'hadoop' | 'zookeeper';

/** The name a page's frontmatter `upstream` entry uses for each product. */
export const productNames: Record<Product, string> = { kafka: 'Apache Kafka', hadoop: 'Apache Hadoop', zookeeper: 'Apache ZooKeeper' };

export interface KeyList {
	product: Product;
	name: string;
	version: string;
	extracted: string;
	sources: { repository: string; ref: string; commit?: string; path: string; what: string }[];
	keys: string[];
	/** Keys with an instance part, written with <placeholder> segments: `server.<id>`. */
	templates: { key: string; source: string }[];
	/** Keys the release no longer accepts (removed) or warns about (deprecated). */
	retired: { key: string; status: 'removed' | 'deprecated'; since?: string; replacement?: string; source: string }[];
}

export interface KeyUse {
	file: string;
	line: number;
	key: string;
	product: Product;
}

export interface Finding extends KeyUse {
	version: string;
	problem: string;
}

export function loadKeyLists(dir: string): KeyList[] {
	return readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as KeyList);
}

/** The `upstream` entries of an MDX page's frontmatter. */
export function upstreamOf(mdx: string): { name: string; version: string }[] {
	const front = /^---\n([\s\S]*?)\n---/.exec(mdx)?.[1] ?? '';
	const block = /^upstream:\n((?:[ \t]+.*\n?)*)/m.exec(front)?.[1] ?? '';
	const entries: { name: string; version: string }[] = [];
	for (const item of block.split(/^\s*-\s+/m).slice(1)) {
		const name = /(?:^|\n)\s*name:\s*['"]?(.+?)['"]?\s*$/m.exec(item)?.[1];
		const version = /(?:^|\n)\s*version:\s*['"]?(.+?)['"]?\s*$/m.exec(item)?.[1];
		if (name && version) entries.push({ name, version });
	}
	return entries;
}

const keyValue = /^\s*([A-Za-z0-9][\w.-]*)\s*[=:]/;

/** Keys set by a file: Kafka .properties, ZooKeeper .cfg, Hadoop *-site.xml, or commands in a transcript. */
export function keysIn(file: string, text: string): KeyUse[] {
	const uses: KeyUse[] = [];
	const lines = text.split('\n');
	const ext = extname(file);
	if (ext === '.properties' || ext === '.cfg') {
		const product: Product = ext === '.cfg' ? 'zookeeper' : 'kafka';
		lines.forEach((line, i) => {
			const m = keyValue.exec(line);
			if (m && !/^\s*[#!]/.test(line)) uses.push({ file, line: i + 1, key: m[1]!, product });
		});
	} else if (ext === '.xml') {
		lines.forEach((line, i) => {
			for (const m of line.matchAll(/<name>\s*([^<\s]+)\s*<\/name>/g)) uses.push({ file, line: i + 1, key: m[1]!, product: 'hadoop' });
		});
	} else if (ext === '.console' || ext === '.sh') {
		// A command and its continuation lines (`> ` after a `$ `/`# ` prompt, or a trailing backslash in a script).
		let command: { start: number; parts: string[] } | undefined;
		const flush = () => {
			if (command) uses.push(...keysInCommand(file, command.start, command.parts.join(' ')));
			command = undefined;
		};
		lines.forEach((line, i) => {
			const prompt = /^[$#] (.*)$/.exec(line);
			const more = /^> (.*)$/.exec(line);
			if (prompt) {
				flush();
				command = { start: i + 1, parts: [prompt[1]!] };
			} else if (more && command) command.parts.push(more[1]!);
			else if (ext === '.sh' && !/^\s*#/.test(line)) {
				if (!command) command = { start: i + 1, parts: [] };
				command.parts.push(line.replace(/\\$/, ''));
				if (!line.endsWith('\\')) flush();
			} else flush();
		});
		flush();
	}
	return uses;
}

function keysInCommand(file: string, line: number, command: string): KeyUse[] {
	const uses: KeyUse[] = [];
	const words = command.match(/'[^']*'|"[^"]*"|\S+/g) ?? [];
	const unquote = (w: string) => w.replace(/^(['"])(.*)\1$/, '$2');
	for (let i = 0; i < words.length; i++) {
		const word = unquote(words[i]!);
		const next = unquote(words[i + 1] ?? '');
		if (word === '--override' && /^[\w.-]+=/.test(next)) uses.push({ file, line, key: next.split('=')[0]!, product: 'kafka' });
		else if (word === '-D' && /^[\w.-]+=/.test(next)) uses.push({ file, line, key: next.split('=')[0]!, product: 'hadoop' });
		else if (/^-D[\w.-]+=/.test(word) && /\b(hdfs|yarn|hadoop|mapred)\b/.test(command)) uses.push({ file, line, key: word.slice(2).split('=')[0]!, product: 'hadoop' });
	}
	// A command that writes a zoo.cfg: its key=value words are ZooKeeper keys.
	if (/>\s*\S*\.cfg\b/.test(command)) {
		for (const w of words) {
			const m = /^([A-Za-z0-9][\w.-]*)=/.exec(unquote(w));
			if (m) uses.push({ file, line, key: m[1]!, product: 'zookeeper' });
		}
	}
	return uses;
}

function templatePattern(template: string) {
	const parts = template.split(/(<[^>]+>)/).map((p) => (p.startsWith('<') ? '[^.]+' : p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
	return new RegExp(`^${parts.join('')}$`);
}

/** What is wrong with one key in one release, or undefined when the release has it. */
export function problemWith(key: string, list: KeyList): string | undefined {
	const retired = list.retired.find((r) => r.key === key || (r.key.includes('<') && templatePattern(r.key).test(key)));
	if (retired) {
		const since = retired.since ? ` since ${retired.since}` : '';
		const instead = retired.replacement ? `; use ${retired.replacement}` : '';
		return `${retired.status}${since} in ${list.name} ${list.version}${instead} (${retired.source})`;
	}
	if (list.keys.includes(key)) return undefined;
	if (list.templates.some((t) => templatePattern(t.key).test(key))) return undefined;
	return `not a config key of ${list.name} ${list.version}`;
}

/**
 * Every key of every example file of a page, checked against the list for the release the page
 * names. A page whose release has no list, or an example whose product the page names no release
 * of, is a finding too.
 */
export function checkExamples(exampleDir: string, pageMdx: string, lists: KeyList[], label = exampleDir): Finding[] {
	const upstream = upstreamOf(pageMdx);
	const findings: Finding[] = [];
	for (const name of readdirSync(exampleDir).sort()) {
		const file = join(label, name);
		for (const use of keysIn(file, readFileSync(join(exampleDir, name), 'utf8'))) {
			const productName = productNames[use.product];
			const named = upstream.find((u) => u.name === productName);
			if (!named) {
				findings.push({ ...use, version: '', problem: `the page names no ${productName} release in its frontmatter upstream` });
				continue;
			}
			const list = lists.find((l) => l.product === use.product && l.version === named.version);
			const problem = list ? problemWith(use.key, list) : `no key list for ${productName} ${named.version} in content/config-keys/ (run src/cli/extract-config-keys.ts)`;
			if (problem) findings.push({ ...use, version: named.version, problem });
		}
	}
	return findings;
}

export function describe(f: Finding) {
	return `${f.file}:${f.line}: ${f.key}: ${f.problem}`;
}
