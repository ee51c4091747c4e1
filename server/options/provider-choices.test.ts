import { chooseProviders } from '../../pipeline/providers/choose-providers';
import type { ProviderVendor } from '../../pipeline/providers/provider-vendor';
import { syntheticProviders } from '../../pipeline/providers/testing/test-providers';
import { providerChoices } from './provider-choices';

const offline: ProviderVendor = {
  name: 'embedded',
  capabilities: ['writer', 'planner', 'illustrator', 'narrator'],
  needs: 'nothing',
  usable: () => 'offline, no key needed',
  create: () => syntheticProviders(),
};

describe('providerChoices', () => {
  it('names who does each capability, with the model, and says why; a missing transcriber is "none"', () => {
    const choices = providerChoices(chooseProviders({ env: {} }, [offline]));
    expect(choices.find((choice) => choice.capability === 'illustrator')).toEqual({ capability: 'illustrator', provider: 'synthetic', model: 'colour', reason: 'offline, no key needed' });
    expect(choices.find((choice) => choice.capability === 'transcriber')).toEqual({
      capability: 'transcriber', provider: 'none', model: '', reason: 'no transcriber: making books from recordings needs an OpenAI or Azure key',
    });
  });
});
