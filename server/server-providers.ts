import { chooseProviders } from '../pipeline/providers/choose-providers';
import { defaultVendors } from '../pipeline/providers/default-vendors';
import type { ProvidersLoader } from './main';
import { providerChoices } from './options/provider-choices';

/** The providers `npm start` runs with: the chooser's pick from the environment (embedded with no keys). */
export const loadServerProviders: ProvidersLoader = async (env) => {
  const chosen = chooseProviders({ env }, defaultVendors());
  return { providers: chosen.providers, choices: providerChoices(chosen) };
};
