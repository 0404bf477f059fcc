/**
 * Starlight builds Pagefind UI as soon as the browser is idle after load. On a topic page that was
 * the longest script task of the load (up to 90 ms on a phone in Lighthouse's model), for a dialog
 * most visits never open. It is now built the first time the dialog opens, or earlier when the
 * reader points at, touches or tabs to the search button, which is usually before the click.
 *
 * Keys typed and text pasted while it loads (opened with `/` or Ctrl+K and typed at once) are kept
 * and put into the search box when it appears; Backspace takes a kept character back. If loading
 * fails (a first visit that lost the network), the dialog says so, nothing more is held back and
 * the next opening tries again. `data-search-ui` on the container says where it is:
 * waiting → loading → ready.
 */
export function mountOnFirstOpen(selector: string, mount: () => Promise<unknown>): void {
	const host = document.querySelector<HTMLElement>(selector);
	const dialog = host?.closest('dialog');
	if (!host || !dialog) {
		mount().catch((error: unknown) => console.error(error));
		return;
	}
	host.dataset['searchUi'] = 'waiting';
	const button = dialog.closest('site-search')?.querySelector('button[data-open-modal]');
	const typed: string[] = [];
	const keepKey = (event: KeyboardEvent) => {
		if (!dialog.open || event.metaKey || (event.ctrlKey && !event.altKey)) return;
		if (event.key === 'Backspace') {
			typed.pop();
			return;
		}
		// AltGr arrives as Ctrl+Alt and types characters such as @ { } on many layouts.
		if (event.key.length !== 1) return;
		// Space on the dialog's Cancel button (phones) is a press, not a character.
		if (event.key === ' ' && event.target instanceof HTMLButtonElement) return;
		typed.push(event.key);
		event.preventDefault();
	};
	const keepPaste = (event: ClipboardEvent) => {
		const text = event.clipboardData?.getData('text');
		if (!dialog.open || !text) return;
		typed.push(text);
		event.preventDefault();
	};
	const forget = () => {
		typed.length = 0;
	};
	const stopKeeping = () => {
		window.removeEventListener('keydown', keepKey, true);
		window.removeEventListener('paste', keepPaste, true);
		dialog.removeEventListener('close', forget);
	};
	let started = false;
	const start = () => {
		if (started) return;
		started = true;
		opened.disconnect();
		host.replaceChildren();
		host.dataset['searchUi'] = 'loading';
		host.setAttribute('aria-busy', 'true');
		window.addEventListener('keydown', keepKey, true);
		window.addEventListener('paste', keepPaste, true);
		dialog.addEventListener('close', forget);
		mount().then(
			() => {
				stopKeeping();
				host.dataset['searchUi'] = 'ready';
				host.removeAttribute('aria-busy');
				const input = host.querySelector('input');
				if (!input || !dialog.open) return;
				if (typed.length) {
					input.value += typed.join('');
					input.dispatchEvent(new Event('input', { bubbles: true }));
				}
				if (document.activeElement !== input) input.focus();
			},
			() => {
				stopKeeping();
				forget();
				started = false;
				host.dataset['searchUi'] = 'waiting';
				host.removeAttribute('aria-busy');
				const note = document.createElement('p');
				note.setAttribute('role', 'status');
				note.textContent = document.documentElement.lang === 'zh-CN' ? '搜索没能加载。请联网后重新打开搜索。' : 'Search could not load. Open it again once you are online.';
				host.append(note);
				opened.observe(dialog, { attributes: true, attributeFilter: ['open'] });
			}
		);
	};
	const opened = new MutationObserver(() => {
		if (dialog.open) start();
	});
	opened.observe(dialog, { attributes: true, attributeFilter: ['open'] });
	// Search may have been opened before Starlight got round to setting it up (it waits for idle).
	if (dialog.open) start();
	for (const type of ['pointerenter', 'touchstart', 'focus'] as const) button?.addEventListener(type, start, { once: true, passive: true });
}
