import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Small readers and one writer for the PDFs Chromium (Skia) prints: poppler's tools read them,
 * and the document information is replaced by an incremental update, which appends to the file
 * and leaves Chromium's structure tree (tags), outline and fonts byte for byte as they were.
 */

export function requirePoppler(): void {
	if (!existsSync('/usr/bin/pdfinfo') && !whichOk('pdfinfo')) {
		console.error('`npm run pdf` reads the printed PDFs with poppler: run `sudo apt-get install poppler-utils`, then try again.');
		process.exit(1);
	}
}

function whichOk(cmd: string): boolean {
	try {
		execFileSync(cmd, ['-v'], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
}

/**
 * Named destinations (the targets of in-document links: element ids, which Chromium writes
 * percent-encoded) and their 1-based pages.
 */
export function namedDestinations(file: string): Map<string, number> {
	const out = execFileSync('pdfinfo', ['-dests', file], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
	const dests = new Map<string, number>();
	for (const line of out.split('\n')) {
		const m = /^\s*(\d+)\s+\[.*\]\s+"(.*)"\s*$/.exec(line);
		if (m) dests.set(decodeName(m[2]!), Number(m[1]));
	}
	return dests;
}

export function pageCount(file: string): number {
	const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
	return Number(/^Pages:\s+(\d+)/m.exec(out)?.[1] ?? 0);
}

function decodeName(name: string): string {
	try {
		return decodeURIComponent(name);
	} catch {
		return name;
	}
}

const pdfString = (s: string) => `<FEFF${Buffer.from(s, 'utf16le').swap16().toString('hex').toUpperCase()}>`;

/** Sets the document information (title, author, subject, keywords) of a Skia-written PDF. */
export function withDocumentInfo(pdf: Buffer, info: { title: string; author: string; subject: string; keywords: string[] }): Buffer {
	const text = pdf.toString('latin1');
	const trailerAt = text.lastIndexOf('trailer');
	const startxref = /startxref\s+(\d+)/.exec(text.slice(trailerAt));
	const size = /\/Size (\d+)/.exec(text.slice(trailerAt));
	const root = /\/Root (\d+ \d+ R)/.exec(text.slice(trailerAt));
	if (trailerAt < 0 || !startxref || !size || !root) throw new Error('unexpected PDF layout: no classic trailer (has Chromium changed how it writes PDFs?)');
	const num = Number(size[1]);
	const now = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
	const dict =
		`<</Title ${pdfString(info.title)} /Author ${pdfString(info.author)} /Subject ${pdfString(info.subject)}` +
		` /Keywords ${pdfString(info.keywords.join(', '))} /Creator (ops-handbook npm run pdf) /Producer (Chromium Skia/PDF)` +
		` /CreationDate (D:${now}Z) /ModDate (D:${now}Z)>>`;
	const objAt = pdf.length + 1;
	const obj = `\n${num} 0 obj\n${dict}\nendobj\n`;
	const xrefAt = pdf.length + Buffer.byteLength(obj, 'latin1');
	const update =
		obj +
		`xref\n${num} 1\n${String(objAt).padStart(10, '0')} 00000 n \n` +
		`trailer\n<</Size ${num + 1} /Root ${root[1]} /Info ${num} 0 R /Prev ${startxref[1]}>>\nstartxref\n${xrefAt}\n%%EOF\n`;
	return Buffer.concat([pdf, Buffer.from(update, 'latin1')]);
}
