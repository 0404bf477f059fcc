import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteFiles } from './site-build.ts';
import { topics } from '../../lib/topics.ts';

function retitle(mdx: string, copy: number, file: string): string {
	const suffix = ` ${copy}`;
	const out = mdx.replace(/^title: (?:'(.*)'|(.*))$/m, (_m, quoted: string | undefined, bare: string | undefined) =>
		quoted !== undefined ? `title: '${quoted}${suffix}'` : `title: ${bare}${suffix}`
	);
	if (out === mdx) throw new Error(`${file}: no title line to number`);
	return out;
}

/**
 * Writes a handbook of `pages` topic pages (half in each locale) into a new temporary directory
 * under `.bench/` in the project and returns its path. It sits inside the project because Astro
 * resolves its own components from the project's node_modules and fails on a symlinked copy.
 * The pages are the real ones repeated, each repeat under its own slug, so a synthetic page costs
 * what a real one does (code blocks, diagrams, annotated commands, imports); the first copy keeps
 * the real slug so that the pages' cross-links still resolve and the link check passes. The project's config, components and plugins are used unchanged; only the topic
 * list is rewritten to name the generated pages.
 */
export function writeSyntheticSite(projectRoot: string, pages: number): string {
	if (pages % 2 !== 0) throw new Error(`synthetic site: ${pages} pages cannot be split evenly between two locales`);
	mkdirSync(join(projectRoot, '.bench'), { recursive: true });
	const root = mkdtempSync(join(projectRoot, '.bench', `synthetic-${pages}-`));
	for (const file of siteFiles) cpSync(join(projectRoot, file), join(root, file), { recursive: true });
	rmSync(join(root, 'content/docs'), { recursive: true });
	mkdirSync(join(root, 'content/docs/en'), { recursive: true });

	const locales = ['content/docs', 'content/docs/en'];
	const sources = new Map(
		topics.flatMap((topic) => locales.map((dir) => [join(dir, topic.slug), readFileSync(join(projectRoot, dir, `${topic.slug}.mdx`), 'utf8')] as const))
	);

	const generated: { slug: string; category: string }[] = [];
	for (let i = 0; i < pages / 2; i++) {
		const topic = topics[i % topics.length]!;
		const copy = Math.floor(i / topics.length);
		const slug = copy === 0 ? topic.slug : `${topic.slug}-${copy}`;
		for (const dir of locales) {
			const mdx = sources.get(join(dir, topic.slug))!;
			writeFileSync(join(root, dir, `${slug}.mdx`), copy === 0 ? mdx : retitle(mdx, copy, join(dir, `${topic.slug}.mdx`)));
		}
		generated.push({ slug, category: topic.category });
	}

	const topicsFile = join(root, 'src/lib/topics.ts');
	const list = readFileSync(topicsFile, 'utf8');
	const replaced = list.replace(
		/export const topics: readonly Topic\[\] = \[[\s\S]*?\n\];/,
		`export const topics: readonly Topic[] = ${JSON.stringify(generated, null, '\t')};`
	);
	if (replaced === list) throw new Error('src/lib/topics.ts: the topic list was not found where the synthetic site expects it');
	writeFileSync(topicsFile, replaced);
	return root;
}
