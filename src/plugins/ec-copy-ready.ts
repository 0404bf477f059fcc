import { ExpressiveCodeAnnotation, PluginTexts, definePlugin, type AnnotationRenderOptions } from '@expressive-code/core';
import { h } from '@expressive-code/core/hast';
import { metaStrings } from '../lib/i18n.ts';
import { commandsOf, parseTranscript, placeholderPattern, terminalLanguages } from '../lib/transcript.ts';

const texts = new PluginTexts<{ placeholderTitle: string }>({ placeholderTitle: metaStrings.en.placeholder });
texts.addLocale('zh', { placeholderTitle: metaStrings['zh-CN'].placeholder });

/** Wraps a `<PLACEHOLDER>` in a marked span so that it stands out as a value to replace. */
class PlaceholderAnnotation extends ExpressiveCodeAnnotation {
	override readonly name = 'placeholder';
	readonly title: string;
	constructor(columnStart: number, columnEnd: number, title: string) {
		super({ inlineRange: { columnStart, columnEnd } });
		this.title = title;
	}
	render({ nodesToTransform }: AnnotationRenderOptions) {
		return nodesToTransform.map((node) => h('span.ec-placeholder', { title: this.title }, [node]));
	}
}

/** Marks prompts so that they read as prompts and do not get selected with the command. */
class PromptAnnotation extends ExpressiveCodeAnnotation {
	override readonly name = 'prompt';
	readonly root: boolean;
	constructor(columnEnd: number, root: boolean) {
		super({ inlineRange: { columnStart: 0, columnEnd } });
		this.root = root;
	}
	render({ nodesToTransform }: AnnotationRenderOptions) {
		return nodesToTransform.map((node) => h(`span.ec-prompt${this.root ? '.ec-prompt-root' : ''}`, [node]));
	}
}

/**
 * Copy-ready terminal examples. Expressive Code's copy button copies the whole block, and for
 * terminal blocks it drops every line starting with `#`, which would drop the root prompt's
 * commands. For `console` blocks this copies only what is typed (no prompts, no output), marks
 * output lines and prompts, and, in every block, marks `<PLACEHOLDER>` values.
 */
export function pluginCopyReady() {
	return definePlugin({
		name: 'ops-handbook:copy-ready',
		hooks: {
			preprocessCode: ({ codeBlock, locale }) => {
				const { placeholderTitle } = texts.get(locale);
				const isTranscript = terminalLanguages.has(codeBlock.language);
				const lines = isTranscript ? parseTranscript(codeBlock.code) : [];
				codeBlock.getLines().forEach((line, i) => {
					for (const m of line.text.matchAll(placeholderPattern)) {
						line.addAnnotation(new PlaceholderAnnotation(m.index, m.index + m[0].length, placeholderTitle));
					}
					const parsed = lines[i];
					if (!parsed) return;
					if (parsed.kind === 'command') line.addAnnotation(new PromptAnnotation(2, parsed.root));
					if (parsed.kind === 'continuation') line.addAnnotation(new PromptAnnotation(2, false));
				});
			},
			postprocessRenderedLine: ({ codeBlock, lineIndex, renderData }) => {
				if (!terminalLanguages.has(codeBlock.language)) return;
				const parsed = parseTranscript(codeBlock.code)[lineIndex];
				if (parsed?.kind === 'output') {
					const props = renderData.lineAst.properties;
					const classes = Array.isArray(props['className']) ? props['className'] : [];
					props['className'] = [...classes, 'ec-output'];
				}
			},
			postprocessRenderedBlock: ({ codeBlock, renderData }) => {
				// Long blocks may break across printed pages; short ones are kept whole (print.css).
				if (codeBlock.getLines().length > 24) {
					const props = renderData.blockAst.properties;
					const classes = Array.isArray(props['className']) ? props['className'] : [];
					props['className'] = [...classes, 'ec-long'];
				}
				if (!terminalLanguages.has(codeBlock.language)) return;
				const commands = commandsOf(codeBlock.code).replace(/\n/g, '\u007f');
				const visit = (node: { type: string; tagName?: string; properties?: Record<string, unknown>; children?: unknown[] }) => {
					if (node.type === 'element' && node.tagName === 'button' && node.properties && ('dataCode' in node.properties || 'data-code' in node.properties)) {
						delete node.properties['data-code'];
						node.properties['dataCode'] = commands;
					}
					for (const child of (node.children ?? []) as (typeof node)[]) visit(child);
				};
				visit(renderData.blockAst as Parameters<typeof visit>[0]);
			},
		},
		baseStyles: `
			.ec-placeholder {
				outline: 1px dashed currentColor;
				outline-offset: 1px;
				border-radius: 2px;
				font-style: italic;
			}
			.ec-prompt {
				user-select: none;
				-webkit-user-select: none;
				opacity: 0.75;
			}
			.ec-prompt-root,
			.ec-prompt-root * {
				color: var(--sl-color-red-high, #d1242f) !important;
				font-weight: bold;
				opacity: 1;
			}
			.ec-output {
				opacity: 0.8;
			}
		`,
	});
}
