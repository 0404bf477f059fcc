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

export interface Destination {
	page: number;
	x: number;
	y: number;
}

/**
 * Named destinations (the targets of in-document links: element ids, which Chromium writes
 * percent-encoded) with their 1-based page and position.
 */
export function namedDestinations(file: string): Map<string, Destination> {
	const out = execFileSync('pdfinfo', ['-dests', file], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
	const dests = new Map<string, Destination>();
	for (const line of out.split('\n')) {
		const m = /^\s*(\d+)\s+\[\s*XYZ\s+([\d.-]+)\s+([\d.-]+).*\]\s+"(.*)"\s*$/.exec(line);
		if (m) dests.set(decodeName(m[4]!), { page: Number(m[1]), x: Number(m[2]), y: Number(m[3]) });
	}
	return dests;
}

export function pageCount(file: string): number {
	const out = execFileSync('pdfinfo', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
	return Number(/^Pages:\s+(\d+)/m.exec(out)?.[1] ?? 0);
}

/** The dictionaries of a PDF's uncompressed objects by number (Skia writes all but streams so). */
export function pdfObjects(pdf: Buffer): Map<number, string> {
	const objects = new Map<number, string>();
	for (const m of pdf.toString('latin1').matchAll(/(?:^|\n)(\d+) 0 obj\n<<([\s\S]*?)>>\s*(?:endobj|stream\b)/g)) objects.set(Number(m[1]), m[2]!);
	return objects;
}

export function ref(dict: string, key: string): number | undefined {
	const m = new RegExp(`/${key} (\\d+) 0 R`).exec(dict);
	return m ? Number(m[1]) : undefined;
}

/** Object numbers of the pages in order, from the catalog's page tree. */
export function pageObjectNumbers(objects: Map<number, string>, root: number): number[] {
	const pages: number[] = [];
	const walk = (id: number) => {
		const node = objects.get(id);
		if (node === undefined) throw new Error(`page tree object ${id} not found`);
		if (/\/Type \/Pages\b/.test(node)) for (const k of /\/Kids \[([^\]]*)\]/.exec(node)![1]!.matchAll(/(\d+) 0 R/g)) walk(Number(k[1]));
		else pages.push(id);
	};
	walk(ref(objects.get(root)!, 'Pages')!);
	return pages;
}

export interface OutlineEntry {
	title: string;
	/** 1 for a top-level bookmark, 2 for one under it. */
	level: number;
	dest: Destination;
}

function decodeName(name: string): string {
	try {
		return decodeURIComponent(name);
	} catch {
		return name;
	}
}

const pdfString = (s: string) => `<FEFF${Buffer.from(s, 'utf16le').swap16().toString('hex').toUpperCase()}>`;

/**
 * Sets the document information (title, author, subject, keywords) and the outline (bookmarks) of
 * a Skia-written PDF, as one incremental update: a new Info dictionary, outline items, and the
 * catalog again with /Outlines pointing at them.
 */
export function finishPdf(
	pdf: Buffer,
	info: { title: string; author: string; subject: string; keywords: string[] },
	entries: OutlineEntry[]
): Buffer {
	const text = pdf.toString('latin1');
	const trailerAt = text.lastIndexOf('trailer');
	const startxref = /startxref\s+(\d+)/.exec(text.slice(trailerAt));
	const size = /\/Size (\d+)/.exec(text.slice(trailerAt));
	const rootRef = /\/Root (\d+) 0 R/.exec(text.slice(trailerAt));
	if (trailerAt < 0 || !startxref || !size || !rootRef) throw new Error('unexpected PDF layout: no classic trailer (has Chromium changed how it writes PDFs?)');
	const objects = pdfObjects(pdf);
	const root = Number(rootRef[1]);
	const pages = pageObjectNumbers(objects, root);
	let next = Number(size[1]);
	const body: [number, string][] = [];

	const now = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
	const infoNum = next++;
	body.push([
		infoNum,
		`<</Title ${pdfString(info.title)} /Author ${pdfString(info.author)} /Subject ${pdfString(info.subject)}` +
			` /Keywords ${pdfString(info.keywords.join(', '))} /Creator (ops-handbook npm run pdf) /Producer (Chromium Skia/PDF)` +
			` /CreationDate (D:${now}Z) /ModDate (D:${now}Z)>>`,
	]);

	// Outline: a tree of two levels from the flat, ordered list.
	type Node = { entry?: OutlineEntry; num: number; children: Node[] };
	const outlineRoot: Node = { num: next++, children: [] };
	for (const entry of entries) {
		const node: Node = { entry, num: next++, children: [] };
		const parent = entry.level > 1 && outlineRoot.children.length ? outlineRoot.children.at(-1)! : outlineRoot;
		parent.children.push(node);
	}
	const emit = (node: Node, parent: Node, prev?: Node, nextSibling?: Node) => {
		const e = node.entry!;
		const page = pages[e.dest.page - 1];
		if (page === undefined) throw new Error(`outline entry "${e.title}" points at page ${e.dest.page}, which the PDF does not have`);
		let dict = `<</Title ${pdfString(e.title)} /Parent ${parent.num} 0 R /Dest [${page} 0 R /XYZ ${e.dest.x} ${e.dest.y} null]`;
		if (prev) dict += ` /Prev ${prev.num} 0 R`;
		if (nextSibling) dict += ` /Next ${nextSibling.num} 0 R`;
		// Sections start closed: the panel opens on the list of topics.
		if (node.children.length) dict += ` /First ${node.children[0]!.num} 0 R /Last ${node.children.at(-1)!.num} 0 R /Count -${node.children.length}`;
		body.push([node.num, dict + '>>']);
		node.children.forEach((c, i) => emit(c, node, node.children[i - 1], node.children[i + 1]));
	};
	outlineRoot.children.forEach((c, i) => emit(c, outlineRoot, outlineRoot.children[i - 1], outlineRoot.children[i + 1]));
	const first = outlineRoot.children[0];
	body.push([
		outlineRoot.num,
		first ? `<</Type /Outlines /First ${first.num} 0 R /Last ${outlineRoot.children.at(-1)!.num} 0 R /Count ${outlineRoot.children.length}>>` : '<</Type /Outlines /Count 0>>',
	]);
	const catalog = objects.get(root)!.replace(/\/Outlines \d+ 0 R/, '').replace(/\/PageMode \/\w+/, '');
	body.push([root, `<<${catalog} /Outlines ${outlineRoot.num} 0 R${first ? ' /PageMode /UseOutlines' : ''}>>`]);

	let offset = pdf.length;
	let chunk = '';
	const xref: string[] = [];
	for (const [num, dict] of body.sort((a, b) => a[0] - b[0])) {
		const obj = `\n${num} 0 obj\n${dict}\nendobj`;
		xref.push(`${num} 1\n${String(offset + 1).padStart(10, '0')} 00000 n \n`);
		chunk += obj;
		offset += Buffer.byteLength(obj, 'latin1');
	}
	chunk += '\n';
	offset += 1;
	const update = chunk + `xref\n${xref.join('')}trailer\n<</Size ${next} /Root ${root} 0 R /Info ${infoNum} 0 R /Prev ${startxref[1]}>>\nstartxref\n${offset}\n%%EOF\n`;
	return Buffer.concat([pdf, Buffer.from(update, 'latin1')]);
}
