/**
 * Starlight builds Pagefind UI as soon as the browser is idle after load. On a topic page that was
 * the longest script task of the load (up to 90 ms on a phone in Lighthouse's model), for a dialog
 * most visits never open. It is now built the first time the dialog opens, or earlier when the
 * reader points at, touches or tabs to the search button, which is usually before the click.
 *
 * Until it is built, the dialog holds a search box of the same look (Pagefind UI's own classes).
 * Starlight focuses the dialog's input inside the click, so a phone shows its keyboard (iOS does so
 * only for a focus made during the tap), and whatever the reader types, pastes or composes with an
 * input method goes into a real text field. When Pagefind UI arrives the text, the caret and the
 * focus move to its box; a composition still open is let finish first (Android keyboards compose
 * every word). If loading fails (a first visit that lost the network), the dialog says so and the
 * next opening tries again.
 * `data-search-ui` on the container says where it is: waiting → loading → ready.
 */
export interface SearchBoxText {
	placeholder?: string;
	search_label?: string;
}

/**
 * Starlight passes the placeholder (its `search.label`) and the zh-CN labels (src/lib/i18n.ts);
 * these cover what it leaves out, with Pagefind UI's own English label, so both boxes say the same.
 */
const defaultText = {
	'zh-CN': { placeholder: '搜索', search_label: '搜索本站', failed: '搜索没能加载。请联网后重新打开搜索。' },
	en: { placeholder: 'Search', search_label: 'Search this site', failed: 'Search could not load. Open it again once you are online.' },
};

export function mountOnFirstOpen(
	selector: string,
	text: SearchBoxText | undefined,
	/** Pagefind UI's Svelte scope class (`svelte-…`), read from its stylesheet at build time. */
	scope: string,
	mount: (text: SearchBoxText) => Promise<unknown>
): void {
	const local = document.documentElement.lang === 'zh-CN' ? defaultText['zh-CN'] : defaultText.en;
	const boxText = { placeholder: local.placeholder, search_label: local.search_label, ...text };
	const host = document.querySelector<HTMLElement>(selector);
	const dialog = host?.closest('dialog');
	if (!host || !dialog) {
		mount(boxText).catch((error: unknown) => console.error(error));
		return;
	}
	const stand = standInBox(scope, boxText);
	const standIn = stand.querySelector('input')!;
	host.replaceChildren(stand);
	host.dataset['searchUi'] = 'waiting';
	let composing = false;
	standIn.addEventListener('compositionstart', () => (composing = true));
	standIn.addEventListener('compositionend', () => (composing = false));
	// Pagefind UI's box empties itself on Escape (which also closes the dialog); so does this one.
	// Safari reports the key that ends a composition with isComposing false but keyCode 229.
	standIn.addEventListener('keydown', (event) => {
		if (event.key === 'Escape' && !event.isComposing && event.keyCode !== 229) standIn.value = '';
	});
	/** Pagefind UI is built; its box takes over once no composition is open in this one. */
	let handedOver = false;
	const handOver = (pagefindRoot: HTMLElement) => {
		if (handedOver) return;
		const input = pagefindRoot.querySelector<HTMLInputElement>('input.pagefind-ui__search-input');
		if (composing && input) {
			// Moving focus would cut the composition short, and two boxes must not show meanwhile.
			pagefindRoot.hidden = true;
			const finish = () => {
				standIn.removeEventListener('compositionend', later);
				standIn.removeEventListener('blur', finish);
				composing = false;
				handOver(pagefindRoot);
			};
			// The composition's last input event comes after compositionend.
			const later = () => setTimeout(finish);
			standIn.addEventListener('compositionend', later, { once: true });
			standIn.addEventListener('blur', finish, { once: true });
			return;
		}
		handedOver = true;
		pagefindRoot.hidden = false;
		host.dataset['searchUi'] = 'ready';
		if (!input) return;
		const { value, selectionStart, selectionEnd } = standIn;
		const active = document.activeElement;
		if (value) {
			input.value = value;
			input.dispatchEvent(new Event('input', { bubbles: true }));
		}
		// The new box is focused before the old one goes, so a phone's keyboard stays up.
		if (dialog.open && (active === standIn || active === document.body || active === dialog)) {
			input.focus();
			if (selectionStart !== null) input.setSelectionRange(selectionStart, selectionEnd);
		}
		stand.remove();
	};
	const early = new AbortController();
	let started = false;
	const start = () => {
		if (started) return;
		started = true;
		early.abort();
		opened.disconnect();
		host.querySelector('[role="status"]')?.remove();
		host.dataset['searchUi'] = 'loading';
		mount(boxText).then(
			() => {
				const pagefindRoot = [...host.querySelectorAll<HTMLElement>('.pagefind-ui')].find((el) => el !== stand);
				if (pagefindRoot) handOver(pagefindRoot);
				else host.dataset['searchUi'] = 'ready';
			},
			() => {
				// After a failure only the next opening tries again: closing the dialog focuses the
				// search button, which would otherwise retry at once while still offline.
				started = false;
				host.dataset['searchUi'] = 'waiting';
				const note = document.createElement('p');
				note.setAttribute('role', 'status');
				note.textContent = local.failed;
				host.append(note);
				opened.observe(dialog, { attributes: true, attributeFilter: ['open'] });
			}
		);
	};
	const opened = new MutationObserver(() => {
		if (dialog.open) start();
	});
	opened.observe(dialog, { attributes: true, attributeFilter: ['open'] });
	// Search may have been opened before Starlight got round to setting it up (it waits for idle);
	// the dialog then focused its first control, on a phone the Cancel button, not the reader.
	if (dialog.open) {
		const active = document.activeElement;
		if (!dialog.contains(active) || active === dialog || active?.matches('button[data-close-modal]')) standIn.focus();
		start();
	}
	for (const type of ['pointerenter', 'touchstart', 'focus'] as const) button(dialog)?.addEventListener(type, start, { once: true, passive: true, signal: early.signal });
}

function button(dialog: HTMLDialogElement): Element | null | undefined {
	return dialog.closest('site-search')?.querySelector('button[data-open-modal]');
}

/** The markup of Pagefind UI's form, input only, so its stylesheet and Starlight's apply as they are. */
function standInBox(scope: string, text: SearchBoxText): HTMLElement {
	const root = document.createElement('div');
	root.className = `pagefind-ui pagefind-ui--reset ${scope}`;
	root.dataset['searchStandIn'] = '';
	const form = document.createElement('form');
	form.className = `pagefind-ui__form ${scope}`;
	form.setAttribute('role', 'search');
	if (text.search_label) form.setAttribute('aria-label', text.search_label);
	form.addEventListener('submit', (event) => event.preventDefault());
	const input = document.createElement('input');
	input.className = `pagefind-ui__search-input ${scope}`;
	input.type = 'text';
	input.placeholder = input.title = text.placeholder ?? '';
	input.setAttribute('autocapitalize', 'none');
	input.enterKeyHint = 'search';
	form.append(input);
	root.append(form);
	return root;
}
