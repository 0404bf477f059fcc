import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * Reads what the PDF suite checks in the files `npm run pdf` writes: text per page, fonts and
 * document information with poppler; the outline (which poppler's tools do not print) from the
 * file's objects, which Chromium's Skia backend writes uncompressed.
 */

// NFKC folds the Kangxi radicals some CJK fonts put into PDF text (⼠ for 士) back to ordinary characters.
export const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

export function pageTexts(file: string): string[] {
	const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
	return text.split('\f').slice(0, -1);
}

/** The non-empty lines of a page, trimmed: the running header first, the footer last. */
export const lines = (page: string) => page.split('\n').map((l) => l.trim()).filter(Boolean);

export function pdfInfo(file: string): Record<string, string> {
	const out = execFileSync('pdfinfo', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
	return Object.fromEntries(out.split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]));
}

export function fonts(file: string): { name: string; type: string; embedded: boolean; unicode: boolean }[] {
	const out = execFileSync('pdffonts', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
	return out
		.split('\n')
		.slice(2)
		.filter(Boolean)
		.map((l) => {
			// name, type (may contain spaces), encoding, emb, sub, uni, object id
			const m = /^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$/.exec(l.trim());
			if (!m) throw new Error(`pdffonts line not understood: ${l}`);
			return { name: m[1]!, type: m[2]!, embedded: m[4] === 'yes', unicode: m[6] === 'yes' };
		});
}

export interface OutlineItem {
	title: string;
	/** 1-based page the bookmark opens. */
	page: number;
	children: OutlineItem[];
}

function decodeString(raw: string): string {
	if (raw.startsWith('<')) {
		const bytes = Buffer.from(raw.slice(1, -1).replace(/\s/g, ''), 'hex');
		if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
		return bytes.toString('latin1');
	}
	return raw
		.slice(1, -1)
		.replace(/\\([0-7]{1,3}|.)/g, (_m, c: string) => (/^[0-7]/.test(c) ? String.fromCharCode(parseInt(c, 8)) : ({ n: '\n', r: '\r', t: '\t' } as Record<string, string>)[c] ?? c));
}

/** The alternative texts of the tagged PDF's structure elements (figures). */
export function altTexts(file: string): string[] {
	const text = readFileSync(file).toString('latin1');
	return [...text.matchAll(/\/Alt (<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\))/g)].map((m) => decodeString(m[1]!));
}

/** The document outline (bookmarks) as a tree. */
export function outline(file: string): OutlineItem[] {
	const text = readFileSync(file).toString('latin1');
	const objects = new Map<number, string>();
	for (const m of text.matchAll(/(?:^|\n)(\d+) 0 obj\n<<([\s\S]*?)>>\s*(?:endobj|stream\b)/g)) objects.set(Number(m[1]), m[2]!);
	const ref = (dict: string, key: string) => {
		const m = new RegExp(`/${key} (\\d+) 0 R`).exec(dict);
		return m ? Number(m[1]) : undefined;
	};
	const pageOrder: number[] = [];
	const walk = (id: number) => {
		const node = objects.get(id)!;
		if (/\/Type \/Pages\b/.test(node)) for (const k of /\/Kids \[([^\]]*)\]/.exec(node)![1]!.matchAll(/(\d+) 0 R/g)) walk(Number(k[1]));
		else pageOrder.push(id);
	};
	// The last trailer names the catalog: an incremental update may have written it again.
	const catalog = objects.get(Number(/\/Root (\d+) 0 R/.exec(text.slice(text.lastIndexOf('trailer')))![1]))!;
	walk(ref(catalog, 'Pages')!);
	const items = (first: number | undefined): OutlineItem[] => {
		const out: OutlineItem[] = [];
		for (let id = first; id !== undefined; ) {
			const dict = objects.get(id)!;
			const title = /\/Title (<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\))/.exec(dict)![1]!;
			const dest = /\/Dest \[(\d+) 0 R/.exec(dict);
			out.push({ title: decodeString(title), page: dest ? pageOrder.indexOf(Number(dest[1])) + 1 : 0, children: items(ref(dict, 'First')) });
			id = ref(dict, 'Next');
		}
		return out;
	};
	const root = ref(catalog, 'Outlines');
	return root === undefined ? [] : items(ref(objects.get(root)!, 'First'));
}
