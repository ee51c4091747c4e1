import type { ChosenProviders } from '../../pipeline/providers/choose-providers';
import type { ProviderChoice } from './options-catalog';

/** The chooser's decision as /api/options shows it: each capability, who does it, and why. */
export function providerChoices(chosen: Pick<ChosenProviders, 'providers' | 'choices'>): ProviderChoice[] {
  return chosen.choices.map((choice) => {
    const provider = chosen.providers[choice.capability];
    return { capability: choice.capability, provider: provider?.provider ?? 'none', model: provider?.model ?? '', reason: choice.reason };
  });
}
