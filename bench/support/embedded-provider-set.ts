import { createEmbeddedProviders } from '../../pipeline/providers/embedded/create-embedded-providers';
import type { ProviderSet } from '../../pipeline/providers/provider-set';

/** The offline providers with their default settings, as `npm start` and `storyloom make` run them with no keys. */
export function embeddedProviderSet(): ProviderSet & { close(): Promise<void> } {
  return createEmbeddedProviders();
}
