import { defineHastPlugin } from 'satteri';
import { breakPoint } from './ec-line-breaks.ts';

/**
 * Inline code breaks where code blocks do (`breakPoint`), not after every hyphen: the browser
 * would split `--itemize-changes` into `--` and `itemize-changes` at a line end. The code is laid
 * out unbreakable (custom.css) and a `<wbr>` marks each place where it may break.
 */
export function inlineCodeBreaks() {
	return defineHastPlugin({
		name: 'ops-handbook:inline-code-breaks',
		element: {
			filter: ['code'],
			visit(node, ctx) {
				if (ctx.parent(node)?.type === 'element' && (ctx.parent(node) as { tagName?: string }).tagName === 'pre') return;
				for (const child of node.children) {
					if (child.type !== 'text') continue;
					const cuts = [...child.value.matchAll(breakPoint)].map((m) => m.index);
					if (!cuts.length) continue;
					const pieces = [0, ...cuts].map((from, i) => child.value.slice(from, cuts[i] ?? child.value.length));
					ctx.replaceNode(
						child,
						pieces.flatMap((value, i) => (i ? [{ type: 'element' as const, tagName: 'wbr', properties: {}, children: [] }, { type: 'text' as const, value }] : [{ type: 'text' as const, value }])),
					);
				}
			},
		},
	});
}
