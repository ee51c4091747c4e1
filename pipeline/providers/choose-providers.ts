import { BadInputError } from '../errors';
import { defaultVendors } from './default-vendors';
import type { ProviderSet } from './provider-set';
import { CAPABILITIES, VENDOR_NAMES, type Capability, type ProviderConfiguration, type ProviderVendor, type VendorName, type VendorProviders } from './provider-vendor';

export interface CapabilityChoice {
  capability: Capability;
  /** null: nothing can supply it (only the transcriber may be missing). */
  vendor: VendorName | null;
  reason: string;
}

export interface ChosenProviders {
  providers: ProviderSet & { close(): Promise<void> };
  choices: CapabilityChoice[];
  /** One line per capability: what runs and why. */
  describe(): string[];
}

/** STORYLOOM_NARRATOR, STORYLOOM_ILLUSTRATOR, … */
export function variableFor(capability: Capability): string {
  return `STORYLOOM_${capability.toUpperCase()}`;
}

/**
 * Decides, per capability, which vendor runs. An explicit STORYLOOM_<CAPABILITY> wins and must
 * be usable; otherwise the first usable vendor in `vendors` order (cloud vendors are listed before
 * the embedded one, so a key turns them on). Pure: no provider is built.
 */
export function decideProviders(env: ProviderConfiguration['env'], vendors: readonly ProviderVendor[] = defaultVendors()): CapabilityChoice[] {
  return CAPABILITIES.map((capability) => {
    const variable = variableFor(capability);
    const able = vendors.filter((vendor) => vendor.capabilities.includes(capability));
    const asked = env[variable]?.trim().toLowerCase();
    if (asked) {
      if (asked === 'none' && capability === 'transcriber') return { capability, vendor: null, reason: `${variable}=none` };
      const vendor = able.find((candidate) => candidate.name === asked);
      if (!vendor) {
        const known = (VENDOR_NAMES as readonly string[]).includes(asked);
        throw new BadInputError(`${variable} is "${env[variable]}", but ${known ? `no ${asked} ${capability} is available` : `"${asked}" is not a provider`}; choose one of: ${able.map((candidate) => candidate.name).join(', ') || 'none'}`);
      }
      const why = vendor.usable(env);
      if (!why) throw new BadInputError(`${variable}=${asked} needs ${vendor.needs}`);
      return { capability, vendor: vendor.name, reason: `${variable}=${asked}; ${why}` };
    }
    for (const vendor of able) {
      const why = vendor.usable(env);
      if (why) return { capability, vendor: vendor.name, reason: why };
    }
    return { capability, vendor: null, reason: capability === 'transcriber' ? 'no transcriber: making books from recordings needs an OpenAI or Azure key' : `nothing can supply a ${capability}` };
  });
}

/** Builds the providers the decision names, each vendor once, with one close() for them all. */
export function chooseProviders(configuration: ProviderConfiguration, vendors: readonly ProviderVendor[] = defaultVendors()): ChosenProviders {
  const choices = decideProviders(configuration.env, vendors);
  const missing = choices.find((choice) => choice.vendor === null && choice.capability !== 'transcriber');
  if (missing) throw new BadInputError(`cannot make books: ${missing.reason}`);
  const built = new Map<VendorName, VendorProviders>();
  const from = (vendor: VendorName): VendorProviders => {
    if (!built.has(vendor)) built.set(vendor, vendors.find((candidate) => candidate.name === vendor)!.create(configuration));
    return built.get(vendor)!;
  };
  const pick = <Key extends Capability>(capability: Key) => {
    const choice = choices.find((entry) => entry.capability === capability)!;
    if (!choice.vendor) return null;
    const provider = from(choice.vendor)[capability];
    if (!provider) throw new Error(`the ${choice.vendor} vendor says it supplies a ${capability} but built none`);
    return provider as NonNullable<ProviderSet[Key]>;
  };
  const providers = {
    writer: pick('writer')!,
    planner: pick('planner')!,
    illustrator: pick('illustrator')!,
    narrator: pick('narrator')!,
    transcriber: pick('transcriber'),
    async close() {
      await Promise.all([...built.values()].map((vendor) => vendor.close?.()));
    },
  };
  return {
    providers,
    choices,
    describe: () => choices.map((choice) => {
      const provider = choice.vendor ? providers[choice.capability] : null;
      return `${choice.capability}: ${provider ? `${provider.provider} (${provider.model})` : 'none'} (${choice.reason})`;
    }),
  };
}
