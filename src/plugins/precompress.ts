import type { AstroIntegration } from 'astro';
import { availableParallelism } from 'node:os';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { readPagefindFile } from './pagefind-file.ts';

const compressible = /\.(html|css|js|mjs|json|svg|xml|txt|wasm)$/;
// Pagefind's own files are gzip streams already, of content that starts with `pagefind_dcd`;
// pagefind.js gunzips them itself unless that signature shows the browser already decoded them.
// So they get a `.br` twin of their decoded content, 8–15 % smaller than the gzip file, which a
// host with brotli_static sends with `Content-Encoding: br`; the gzip file itself stays what
// every other client gets (a second gzip of it would only be larger, so it has no `.gz` twin).
const pagefindFile = /\.(pagefind|pf_index|pf_meta|pf_fragment|pf_filter)$/;
// Brotli's quality 11 costs time out of proportion on large files (measured: a 122 KB page 93 ms,
// a 181 KB page 312 ms, the 880 KB whole-handbook page 1.1 s, against 65 ms at quality 9). The
// whole-handbook page is worth it: quality 9 left it 7 % larger (98.9 KB against 92.2 KB), and its
// size is most of what a phone waits for before the first paint. Anything larger (pages of
// synthetic giant sites) gets quality 9.
const maxBytesAtQuality11 = 1024 * 1024;
const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/**
 * Writes `.gz` and `.br` twins of every text asset after the build (and after Pagefind, which runs
 * in an earlier build:done hook), so that a host serves them precompressed (nginx's gzip_static
 * and brotli_static) instead of compressing on every request. Brotli at quality 11 is slow, so
 * files are compressed on the zlib thread pool, one per core at a time.
 */
export function precompress(): AstroIntegration {
	return {
		name: 'ops-handbook:precompress',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const files: string[] = [];
				for (const rel of await readdir(root, { recursive: true, encoding: 'utf8' })) {
					const file = join(root, rel);
					if ((compressible.test(file) || pagefindFile.test(file)) && (await stat(file)).isFile()) files.push(file);
				}
				let count = 0;
				const started = Date.now();
				const next = async (): Promise<void> => {
					for (let file = files.pop(); file; file = files.pop()) {
						const pagefind = pagefindFile.test(file);
						const data = pagefind ? await readPagefindFile(file) : await readFile(file);
						if (data.length < 256) continue;
						const quality = data.length <= maxBytesAtQuality11 ? 11 : 9;
						const br = await brotliAsync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } });
						if (pagefind) {
							if (br.length < (await stat(file)).size) await writeFile(`${file}.br`, br);
						} else {
							await Promise.all([writeFile(`${file}.gz`, await gzipAsync(data, { level: 9 })), writeFile(`${file}.br`, br)]);
						}
						count++;
					}
				};
				await Promise.all(Array.from({ length: availableParallelism() }, next));
				logger.info(`precompressed ${count} files (.gz, .br) in ${((Date.now() - started) / 1000).toFixed(2)}s`);
			},
		},
	};
}
