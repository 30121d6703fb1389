/**
 * The fast path's side of the visitor interface: the `<samtykke-widget>` element with its
 * re-open control, the iframe placeholders, and fetching the interface part when the visitor
 * must see it (first visit, or when they open their choices).
 *
 * The placeholders themselves are placeholders.ts.
 */
import type { Language } from '../i18n/language.js';
import { mountReopen } from './controls.js';
import { placeholdersFor } from './placeholders.js';
import { nextTask } from './tasks.js';
import type { Controller } from './controller.js';
import type { RuntimeNotice } from './notice.js';
import type { InterfaceConnection, InterfaceElement, Parts } from './parts.js';

export interface Controls {
  /** Opens the second layer (fetching the interface first if needed). */
  show(opener?: Element | null): void;
  /** Puts a placeholder over a blocked iframe (once). */
  placeholder(iframe: HTMLIFrameElement): void;
}

interface ControlsOptions {
  notice: RuntimeNotice;
  language: Language;
  /** What the interface connects to, once the notice is validated. */
  connection(): Promise<InterfaceConnection>;
  parts: Parts;
  controller: Controller;
  /** No decision yet: show the first layer at once. */
  showBanner: boolean;
  /**
   * The notice has nothing but necessary (SPEC §4): no first layer ever, and the re-open
   * control is there from the start, to show the notice.
   */
  asksNothing?: boolean;
}

export function mountControls(options: ControlsOptions): Controls {
  const { notice, language, controller, parts } = options;
  const theme = notice.parts.theme;
  const element =
    document.querySelector('samtykke-widget') ?? document.body.appendChild(document.createElement('samtykke-widget'));
  const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });

  let ui: Promise<InterfaceElement> | null = null;
  /** The interface is connected: from then on it handles `data-samtykke-open` itself. */
  let interfaceShown = false;
  /** The interface, fetched and connected once. */
  const loadInterface = () =>
    (ui ??= Promise.all([parts.ui(), options.connection()]).then(async ([part, connection]) => {
      // Drawn in a task of its own, not at the end of the validator's or the part's.
      await nextTask();
      interfaceShown = true;
      return part.showInterface(element as HTMLElement, connection);
    }));

  const show = (opener?: Element | null) => {
    if (opener instanceof HTMLElement) opener.focus(); // focus returns here when the dialog closes
    loadInterface().then(
      (widget) => widget.show(),
      () => undefined, // reported by the loader; nothing opens
    );
  };

  // The re-open control, mounted when first needed: once a decision stands.
  let reopen: ReturnType<typeof mountReopen> | null = null;
  const update = () => {
    const visible = options.asksNothing || controller.current() !== null;
    if (visible) reopen ??= mountReopen(root, language, theme, show);
    reopen?.setVisible(visible);
  };
  controller.subscribe(update);
  update();
  if (options.showBanner) void loadInterface().catch(() => undefined);

  // Any page element with `data-samtykke-open` opens the second layer.
  document.addEventListener('click', (e) => {
    const opener = (e.target as Element | null)?.closest?.('[data-samtykke-open]');
    if (!opener || interfaceShown) return;
    e.preventDefault();
    show(opener);
  });

  const placeholder = placeholdersFor(notice, language, controller, parts, show);

  return { show, placeholder };
}
