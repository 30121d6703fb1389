/**
 * Binds the UI's placeholder view to the core: what a blocked iframe shows, and what its
 * "Allow and show" grants — just that service (its category opens for it alone: the category's
 * other services keep their current value).
 */
import type { SamtykkeAPI } from './core.js';
import { text } from '../notice/config.js';
import { resolveLanguage } from '../i18n/index.js';
import { mountPlaceholder } from '../ui/placeholder.js';
import type { WidgetHost } from '../ui/host.js';

export function mountPlaceholderFor(iframe: HTMLIFrameElement, host: WidgetHost, api: SamtykkeAPI): () => void {
  const category = iframe.getAttribute('data-consent')!;
  const serviceId = iframe.getAttribute('data-service');
  const lang = resolveLanguage(host.config.language);
  const service = host.services().find((s) => s.id === serviceId);
  return mountPlaceholder(
    iframe,
    {
      serviceId,
      serviceName: service?.name || serviceId || category,
      category,
      categoryTitle: text(host.config.categories[category]?.title, lang) || category,
      allow() {
        const choices: Record<string, boolean> = { [category]: true };
        if (serviceId) {
          // Keep the category's other services as they are: only this one is asked for.
          for (const s of host.services()) if (s.category === category) choices[s.id] = api.granted(category, s.id);
          choices[serviceId] = true;
        }
        void api.set(choices);
      },
    },
    lang,
  );
}
