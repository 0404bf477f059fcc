import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeCbor, encodeCbor, type Cbor } from './cbor.ts';
import { pagefindFileData, pagefindSignature, readPagefindFile } from './pagefind-file.ts';

/**
 * Pagefind's index chunk size, in its own measure (word locations plus one per page a word is
 * on). Pagefind 1.6 fixes it at 20,000 (pagefind/src/index/mod.rs, `chunk_index`), which makes
 * chunks of about 36 KB compressed here, and a first search loads a whole one per word looked
 * up. An eighth of that loads 4–5 KB per word.
 */
export const chunkSize = 2500;

const readIndexFile = async (file: string) => decodeCbor((await readPagefindFile(file)).subarray(pagefindSignature.length));
const indexFileData = (value: Cbor) => pagefindFileData(encodeCbor(value));

const text = (value: Cbor | undefined): string => {
	if (value?.t !== 'text') throw new Error('Pagefind index: expected a text value');
	return value.v;
};
const array = (value: Cbor | undefined): Cbor[] => {
	if (value?.t !== 'array') throw new Error('Pagefind index: expected an array');
	return value.v;
};

/** The shortest prefixes that still tell the last word of one chunk from the first of the next. */
function prefixes(a: string, b: string): [string, string] {
	const ac = [...a];
	const bc = [...b];
	let common = 0;
	while (common < ac.length && common < bc.length && ac[common] === bc[common]) common++;
	return [ac.slice(0, common + 1).join(''), bc.slice(0, common + 1).join('')];
}

/**
 * Splits each language's Pagefind word index into smaller chunks after Pagefind has written it,
 * the way Pagefind itself splits (words in order, a new chunk once the locations reach the size,
 * chunk bounds as the shortest distinguishing prefixes), and rewrites the language's metadata
 * to list them. Runs before the offline list and the precompression, which see the new files.
 */
export function pagefindChunks(size = chunkSize): AstroIntegration {
	return {
		name: 'ops-handbook:pagefind-chunks',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = join(fileURLToPath(dir), 'pagefind');
				const entry = JSON.parse(await readFile(join(root, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
				const summary: string[] = [];
				for (const [language, { hash }] of Object.entries(entry.languages)) {
					const metaFile = join(root, `pagefind.${hash}.pf_meta`);
					const meta = await readIndexFile(metaFile);
					const fields = array(meta);
					const chunks = array(fields[2]);
					const words: Cbor[] = [];
					for (const chunk of chunks) {
						const file = join(root, 'index', `${text(array(chunk)[2])}.pf_index`);
						words.push(...array(array(await readIndexFile(file))[0]));
						await rm(file);
					}
					const groups: Cbor[][] = [[]];
					let filled = 0;
					for (const word of words) {
						groups.at(-1)!.push(word);
						filled += array(array(word)[1]).reduce((n, page) => n + array(array(page)[1]).length + 1, 0);
						if (filled >= size) {
							groups.push([]);
							filled = 0;
						}
					}
					if (!groups.at(-1)!.length) groups.pop();
					const bounds = groups.map((g) => [text(array(g[0])[0]), text(array(g.at(-1))[0])] as [string, string]);
					for (let i = 0; i + 1 < bounds.length; i++) [bounds[i]![1], bounds[i + 1]![0]] = prefixes(bounds[i]![1], bounds[i + 1]![0]);
					const listed: Cbor[] = [];
					for (const [i, group] of groups.entries()) {
						const value: Cbor = { t: 'array', v: [{ t: 'array', v: group }] };
						const name = `${language}_${createHash('sha256').update(encodeCbor(value)).digest('hex').slice(0, 7)}`;
						await writeFile(join(root, 'index', `${name}.pf_index`), indexFileData(value));
						listed.push({ t: 'array', v: [{ t: 'text', v: bounds[i]![0] }, { t: 'text', v: bounds[i]![1] }, { t: 'text', v: name }] });
					}
					fields[2] = { t: 'array', v: listed };
					await writeFile(metaFile, indexFileData(meta));
					summary.push(`${language} ${chunks.length} → ${groups.length}`);
				}
				logger.info(`split Pagefind's word index into smaller chunks: ${summary.join(', ')}`);
			},
		},
	};
}
