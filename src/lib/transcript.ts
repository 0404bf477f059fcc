/**
 * Terminal transcripts (`console` code blocks, `.console` example files): a line starting with
 * `$ ` is a command typed as a normal user, `# ` one typed as root, and a `> ` line right after a
 * command continues it (the shell's PS2 prompt: after a trailing `\` or inside a heredoc or
 * quotes). Every other line is output.
 */

export const terminalLanguages = new Set(['console', 'shellsession']);

export type TranscriptLine =
	| { kind: 'command'; root: boolean; text: string }
	| { kind: 'continuation'; text: string }
	| { kind: 'output'; text: string };

export function parseTranscript(code: string): TranscriptLine[] {
	const parsed: TranscriptLine[] = [];
	for (const line of code.replace(/\n$/, '').split('\n')) {
		const previous = parsed[parsed.length - 1];
		if (line.startsWith('$ ') || line.startsWith('# ')) {
			parsed.push({ kind: 'command', root: line[0] === '#', text: line.slice(2) });
		} else if (line.startsWith('> ') && previous && previous.kind !== 'output') {
			parsed.push({ kind: 'continuation', text: line.slice(2) });
		} else {
			parsed.push({ kind: 'output', text: line });
		}
	}
	return parsed;
}

/** What the reader should paste: the commands without prompts and without output. */
export function commandsOf(code: string): string {
	return parseTranscript(code)
		.filter((l) => l.kind !== 'output')
		.map((l) => l.text)
		.join('\n');
}

/**
 * Values the reader must replace: `<UPPER_SNAKE>` (e.g. `<REMOTE_HOST>`), and, in config files
 * where angle brackets would break the syntax, host names under the reserved `example.net`,
 * `example.com` and `example.org` domains (RFC 2606), which never resolve to a real host.
 */
export const placeholderPattern = /<[A-Z][A-Z0-9_]*>|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.example\.(?:net|com|org)\b/g;
