import { definePlugin } from '@expressive-code/core';
import { getClassNames } from '@expressive-code/core/hast';
import type { Element, ElementContent } from '@expressive-code/core/hast';

/**
 * Where a wrapped code line may break: after spaces, and after these punctuation marks when a word
 * follows (`a=b`, `host:port,host:port`, `PLAINTEXT://host`, `1@host`; not after the colon of
 * `host:port`). Never inside a word,
 * identifier, host name or option (`-C`, `--initial-controllers`), and never inside a placeholder.
 */
export const breakAfter = ',;=|&/@';
const breakPoint = new RegExp(`(?<=[ \\t]+|[${breakAfter.replace(/[/|&]/g, '\\$&')}]+)(?=[^ \\t${breakAfter.replace(/[/|&]/g, '\\$&')}])`, 'g');

interface Leaf {
	text: string;
	/** The elements between the line's `.code` element and the text, outermost first. */
	chain: Element[];
}

const classes = (el: Element) => getClassNames(el);

/** The text pieces of a line, each with the elements it sits in. */
function leavesOf(nodes: ElementContent[], chain: Element[], out: Leaf[]): Leaf[] {
	for (const node of nodes) {
		if (node.type === 'text') out.push({ text: node.value, chain });
		else if (node.type === 'element') leavesOf(node.children, [...chain, node], out);
	}
	return out;
}

/** Splits a line's pieces into chunks at the break points, none inside a placeholder. */
function chunksOf(leaves: Leaf[]): Leaf[][] {
	const text = leaves.map((l) => l.text).join('');
	const breaks = new Set([...text.matchAll(breakPoint)].map((m) => m.index));
	let offset = 0;
	for (const leaf of leaves) {
		const placeholder = leaf.chain.find((el) => classes(el).includes('ec-placeholder'));
		if (placeholder) {
			// A placeholder may span several pieces (one per token): no break from its start to its end.
			for (let i = offset + 1; i < offset + leaf.text.length; i++) breaks.delete(i);
			const next = leaves[leaves.indexOf(leaf) + 1];
			if (next?.chain.includes(placeholder)) breaks.delete(offset + leaf.text.length);
		}
		offset += leaf.text.length;
	}
	const chunks: Leaf[][] = [[]];
	offset = 0;
	for (const leaf of leaves) {
		let start = 0;
		for (let i = 1; i < leaf.text.length; i++) {
			if (!breaks.has(offset + i)) continue;
			chunks[chunks.length - 1]!.push({ text: leaf.text.slice(start, i), chain: leaf.chain });
			chunks.push([]);
			start = i;
		}
		if (start === 0 && breaks.has(offset) && chunks[chunks.length - 1]!.length) chunks.push([]);
		chunks[chunks.length - 1]!.push({ text: leaf.text.slice(start), chain: leaf.chain });
		offset += leaf.text.length;
	}
	return chunks;
}

/** Rebuilds the leaves of one chunk, sharing each original element's clone between its leaves. */
function rebuild(leaves: Leaf[]): ElementContent[] {
	const root: { children: ElementContent[] } = { children: [] };
	const clones = new Map<Element, Element>();
	let open: Element[] = [];
	for (const leaf of leaves) {
		let parent: { children: ElementContent[] } = root;
		const stillOpen: Element[] = [];
		leaf.chain.forEach((original, depth) => {
			let clone = open[depth] === original ? clones.get(original) : undefined;
			if (!clone) {
				clone = { ...original, properties: { ...original.properties }, children: [] };
				clones.set(original, clone);
				parent.children.push(clone);
				open = open.slice(0, depth);
			}
			stillOpen.push(original);
			parent = clone;
		});
		open = stillOpen;
		parent.children.push({ type: 'text', value: leaf.text });
	}
	return root.children;
}

/**
 * Code lines wrap only at spaces and punctuation (`breakAfter`). Expressive Code's wrapping lets
 * the browser break anywhere in a long word (`kaf|ka3.example.net`, `-|C`), so each run between
 * two break points becomes one unbreakable chunk (`.ec-nb`) and a `<wbr>` marks the break points
 * after punctuation, where the browser would not break by itself. A chunk wider than the block
 * makes the block scroll sideways instead, with a shadow at the edge that has more code.
 */
export function pluginLineBreaks() {
	return definePlugin({
		name: 'ops-handbook:line-breaks',
		hooks: {
			postprocessRenderedLine: ({ renderData }) => {
				const code = renderData.lineAst.children.find((c): c is Element => c.type === 'element' && classes(c).includes('code'));
				if (!code) return;
				const indent = code.children.filter((c) => c.type === 'element' && classes(c).includes('indent'));
				const rest = code.children.filter((c) => !indent.includes(c));
				const chunks = chunksOf(leavesOf(rest, [], []));
				const children: ElementContent[] = [...indent];
				chunks
					.filter((chunk) => chunk.some((leaf) => leaf.text !== ''))
					.forEach((chunk, i) => {
						if (i > 0) children.push({ type: 'element', tagName: 'wbr', properties: {}, children: [] });
						children.push({ type: 'element', tagName: 'span', properties: { className: ['ec-nb'] }, children: rebuild(chunk) });
					});
				code.children = children;
			},
			postprocessRenderedBlock: ({ codeBlock, renderData }) => {
				if (codeBlock.props.wrap) return;
				// A block that scrolls sideways must be reachable by keyboard to be scrolled.
				const visit = (node: Element | ElementContent): void => {
					if (node.type !== 'element') return;
					if (node.tagName === 'pre') node.properties['tabindex'] = 0;
					else node.children.forEach(visit);
				};
				renderData.blockAst.children.forEach(visit);
			},
		},
		baseStyles: `
			.ec-nb {
				white-space: pre;
			}
			pre.wrap .ec-line .code {
				overflow-wrap: normal;
			}
			@media screen {
				.frame pre {
					background:
						linear-gradient(to right, var(--code-background) 40%, transparent) left / 2rem 100% no-repeat local,
						linear-gradient(to left, var(--code-background) 40%, transparent) right / 2rem 100% no-repeat local,
						linear-gradient(to right, color-mix(in srgb, var(--ec-codeFg) 45%, transparent), transparent) left / 0.9rem 100% no-repeat scroll,
						linear-gradient(to left, color-mix(in srgb, var(--ec-codeFg) 45%, transparent), transparent) right / 0.9rem 100% no-repeat scroll,
						var(--code-background);
				}
			}
			.frame.is-terminal .header {
				padding-inline: calc(var(--ec-uiPadInl) + 2.1rem + 0.5rem);
			}
		`,
	});
}
