import type { EmbeddedProviderSettings } from './embedded/create-embedded-providers';
import type { ProviderSet } from './provider-set';

/** The capabilities a book is made with, each chosen on its own. */
export const CAPABILITIES = ['writer', 'planner', 'illustrator', 'narrator', 'transcriber'] as const;
export type Capability = (typeof CAPABILITIES)[number];

export const VENDOR_NAMES = ['embedded', 'openai', 'azure'] as const;
export type VendorName = (typeof VENDOR_NAMES)[number];

/** Environment variables and settings, passed in by the caller; nothing is read at import. */
export interface ProviderConfiguration {
  env: Record<string, string | undefined>;
  /** Settings for the embedded providers (pool sizes and so on). */
  embedded?: EmbeddedProviderSettings;
}

export type VendorProviders = Partial<Omit<ProviderSet, 'close'>> & { close?(): Promise<void> };

/**
 * One vendor that can supply providers. `usable` says why the vendor may run with this
 * configuration ("OPENAI_API_KEY is set"), or null when it may not (its key is missing). `create`
 * runs at most once per chooseProviders call, and only if some capability chose the vendor, so an
 * unused vendor costs nothing.
 */
export interface ProviderVendor {
  name: VendorName;
  capabilities: readonly Capability[];
  usable(env: ProviderConfiguration['env']): string | null;
  /** What to set to use this vendor, for messages when it is asked for but cannot run. */
  needs: string;
  create(configuration: ProviderConfiguration): VendorProviders;
}
