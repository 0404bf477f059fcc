import type { AstroIntegration } from 'astro';
import { cpSync, existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { pdfSourceDir } from '../lib/pdf-files.ts';

/**
 * Ships the PDFs `npm run pdf` printed (see src/lib/pdf-files.ts) as dist/pdf/. Listed before the
 * link check so that the pages' download links find their files.
 */
export function pdfDownloads(): AstroIntegration {
	let root = process.cwd();
	return {
		name: 'ops-handbook:pdf-downloads',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:done': ({ dir, logger }) => {
				const source = pdfSourceDir(root);
				if (!existsSync(source)) return;
				cpSync(source, join(fileURLToPath(dir), 'pdf'), { recursive: true, filter: (f) => f.endsWith('.pdf') || statSync(f).isDirectory() });
				logger.info(`copied the PDFs from ${source} into pdf/`);
			},
		},
	};
}
