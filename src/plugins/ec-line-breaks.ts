import { definePlugin } from '@expressive-code/core';
import { getClassNames } from '@expressive-code/core/hast';
import type { Element, ElementContent } from '@expressive-code/core/hast';

/**
 * Where a wrapped code line may break: after spaces, and after these punctuation marks when a word
 * follows (`a=b`, `host:port,host:port`, `a|b`; not inside `host:port`, `id@host` or a path).
 * Never inside a word, identifier, host name or option (`-C`, `--initial-controllers`), and never
 * inside a placeholder.
 */
export const breakAfter = ',;=|&';
export const breakPoint = new RegExp(`(?<=[ \\t]+|[${breakAfter.replace(/[/|&]/g, '\\$&')}]+)(?=[^ \\t${breakAfter.replace(/[/|&]/g, '\\$&')}])`, 'g');

interface Piece {
	node: Text;
	parent: Element;
	placeholder: Element | undefined;
}

type Text = Extract<ElementContent, { type: 'text' }>;

/** The text nodes of a line in order, each with its parent and the placeholder it is part of. */
function piecesOf(parent: Element, placeholder: Element | undefined, out: Piece[]): Piece[] {
	for (const node of parent.children) {
		if (node.type === 'text') out.push({ node, parent, placeholder });
		// No break in the hanging indent, nor right after a prompt (`$ ` alone on a row).
		else if (node.type === 'element' && !getClassNames(node).some((c) => c === 'indent' || c === 'ec-prompt')) {
			piecesOf(node, placeholder ?? (getClassNames(node).includes('ec-placeholder') ? node : undefined), out);
		}
	}
	return out;
}

const wbr = (): Element => ({ type: 'element', tagName: 'wbr', properties: {}, children: [] });

/**
 * Code lines wrap only at spaces and punctuation (`breakAfter`). Expressive Code's wrapping lets
 * the browser break anywhere in a long word (`kaf|ka3.example.net`, `-|C`), so lines are laid out
 * unbreakable (`white-space: pre`) and a `<wbr>` marks each place where they may break — the
 * HTML way to allow breaks in unbreakable text. A run too long for the block makes the block
 * scroll sideways instead, with a shadow at the edge that has more code.
 */
export function pluginLineBreaks() {
	return definePlugin({
		name: 'ops-handbook:line-breaks',
		hooks: {
			postprocessRenderedLine: ({ renderData }) => {
				const code = renderData.lineAst.children.find((c): c is Element => c.type === 'element' && getClassNames(c).includes('code'));
				if (!code) return;
				const pieces = piecesOf(code, undefined, []);
				const text = pieces.map((p) => p.node.value).join('');
				// Not inside a quoted space (`cut -d' '`), which would read as two quotes on two rows.
				const breaks = [...text.matchAll(breakPoint)].map((m) => m.index).filter((b) => !/['"] +$/.test(text.slice(0, b)) || !/^['"]/.test(text.slice(b)));
				let offset = 0;
				pieces.forEach((piece, i) => {
					const { value } = piece.node;
					const next = pieces[i + 1];
					// A break inside a piece, or at its end unless the next piece continues the same placeholder.
					const cuts = breaks.filter((b) => b > offset && (b < offset + value.length || (b === offset + value.length && !(next && piece.placeholder && next.placeholder === piece.placeholder))));
					if (piece.placeholder) cuts.splice(0, cuts.length, ...cuts.filter((b) => b === offset + value.length));
					offset += value.length;
					if (!cuts.length) return;
					const start = offset - value.length;
					const replacement: ElementContent[] = [];
					let from = 0;
					for (const cut of cuts) {
						replacement.push({ type: 'text', value: value.slice(from, cut - start) }, wbr());
						from = cut - start;
					}
					if (from < value.length) replacement.push({ type: 'text', value: value.slice(from) });
					piece.parent.children.splice(piece.parent.children.indexOf(piece.node), 1, ...replacement);
				});
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
			pre.wrap .ec-line .code {
				white-space: pre;
				overflow-wrap: normal;
			}
			@media screen {
				/* Config files only wrap in print. */
				pre:not(.wrap) wbr {
					display: none;
				}
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
