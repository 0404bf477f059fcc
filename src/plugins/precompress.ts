import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const compressible = /\.(html|css|js|mjs|json|svg|xml|txt|wasm|pf_meta|pf_index|pf_fragment|pagefind)$/;

/**
 * Writes `.gz` and `.br` twins of every text asset after the build (and after Pagefind, which runs
 * in an earlier build:done hook), so that a host serves them precompressed (nginx's gzip_static
 * and brotli_static) instead of compressing on every request.
 */
export function precompress(): AstroIntegration {
	return {
		name: 'ops-handbook:precompress',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				let count = 0;
				for (const rel of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
					const file = join(root, rel);
					if (!compressible.test(file) || !statSync(file).isFile()) continue;
					const data = readFileSync(file);
					if (data.length < 256) continue;
					writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
					writeFileSync(`${file}.br`, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
					count++;
				}
				logger.info(`precompressed ${count} files (.gz, .br)`);
			},
		},
	};
}
