/** Splits a shell command into words the way a reader sees them: on blanks, keeping quoted parts whole. */
export function commandWords(command: string): string[] {
	const words: string[] = [];
	const pattern = /(?:[^\s'"]+|'[^']*'|"(?:[^"\\]|\\.)*")+/g;
	for (const m of command.matchAll(pattern)) words.push(m[0]);
	return words;
}
