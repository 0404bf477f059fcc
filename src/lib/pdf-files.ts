import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Lang } from './i18n';

/**
 * The PDFs `npm run pdf` writes (pdf/<lang>/handbook.pdf, pdf/<lang>/<slug>.pdf). A build that
 * finds them copies them into dist/pdf/ and links them; without them the site has no download
 * links. PDF_DIR points the build elsewhere (the PDF suite builds with the files it printed).
 */
export function pdfSourceDir(root = process.cwd()): string {
	return resolve(root, process.env['PDF_DIR'] || 'pdf');
}

/** The file name of a locale's whole handbook or one topic. */
export function pdfFile(lang: Lang, slug?: string): string {
	return `${lang}/${slug ?? 'handbook'}.pdf`;
}

/** Site path (below the base) of a PDF when it was built, else undefined. */
export function builtPdf(lang: Lang, slug?: string): string | undefined {
	const file = pdfFile(lang, slug);
	return existsSync(join(pdfSourceDir(), file)) ? `pdf/${file}` : undefined;
}
