import { BadInputError } from '../errors';
import { chooseProviders, decideProviders } from './choose-providers';
import type { ProviderVendor } from './provider-vendor';
import { syntheticProviders } from './testing/test-providers';

/** Stand-ins for vendors: a keyed "cloud" one listed first, and an always-usable embedded one. */
function vendors(created: string[] = [], closed: string[] = []): ProviderVendor[] {
  const synthetic = syntheticProviders();
  return [
    {
      name: 'openai',
      capabilities: ['writer', 'narrator', 'transcriber'],
      needs: 'OPENAI_API_KEY',
      usable: (env) => (env.OPENAI_API_KEY ? 'OPENAI_API_KEY is set' : null),
      create: () => {
        created.push('openai');
        const identity = { provider: 'openai', model: 'cloud' };
        return {
          writer: { ...synthetic.writer, ...identity },
          narrator: { ...synthetic.narrator, ...identity },
          transcriber: { ...identity, transcribe: async () => ({ text: 'hi', words: [], warnings: [] }) },
          close: async () => void closed.push('openai'),
        };
      },
    },
    {
      name: 'embedded',
      capabilities: ['writer', 'planner', 'illustrator', 'narrator'],
      needs: 'nothing',
      usable: () => 'offline, no key needed',
      create: () => {
        created.push('embedded');
        return { ...synthetic, close: async () => void closed.push('embedded') };
      },
    },
  ];
}

describe('choosing providers', () => {
  it('runs everything embedded, without a transcriber, when no key is set', () => {
    const choices = decideProviders({}, vendors());
    expect(choices.map((choice) => [choice.capability, choice.vendor])).toEqual([
      ['writer', 'embedded'], ['planner', 'embedded'], ['illustrator', 'embedded'], ['narrator', 'embedded'], ['transcriber', null],
    ]);
    expect(choices[4].reason).toBe('no transcriber: making books from recordings needs an OpenAI or Azure key');
  });

  it('turns a cloud vendor on with its key, and lets one variable keep a capability embedded', () => {
    const env = { OPENAI_API_KEY: 'sk-test', STORYLOOM_NARRATOR: 'Embedded' };
    const choices = decideProviders(env, vendors());
    expect(choices.map((choice) => choice.vendor)).toEqual(['openai', 'embedded', 'embedded', 'embedded', 'openai']);
    expect(choices[3].reason).toBe('STORYLOOM_NARRATOR=embedded; offline, no key needed');
  });

  it('refuses a vendor asked for without its key, or one that does not exist, listing the choices', () => {
    const refuse = (env: Record<string, string>) => {
      try {
        decideProviders(env, vendors());
      } catch (error) {
        expect(BadInputError.isInstance(error)).toBe(true);
        return (error as Error).message;
      }
      throw new Error('no refusal');
    };
    expect(refuse({ STORYLOOM_NARRATOR: 'openai' })).toBe('STORYLOOM_NARRATOR=openai needs OPENAI_API_KEY');
    expect(refuse({ STORYLOOM_NARRATOR: 'azure' })).toBe('STORYLOOM_NARRATOR is "azure", but no azure narrator is available; choose one of: openai, embedded');
    expect(refuse({ STORYLOOM_WRITER: 'gpt' })).toBe('STORYLOOM_WRITER is "gpt", but "gpt" is not a provider; choose one of: openai, embedded');
  });

  it('builds each chosen vendor once, describes what runs and why, and closes them all', async () => {
    const created: string[] = [];
    const closed: string[] = [];
    const chosen = chooseProviders({ env: { OPENAI_API_KEY: 'sk-test' } }, vendors(created, closed));
    expect(created.sort()).toEqual(['embedded', 'openai']);
    expect(chosen.providers.writer.provider).toBe('openai');
    expect(chosen.providers.planner.provider).toBe('synthetic');
    expect(chosen.providers.transcriber?.provider).toBe('openai');
    expect(chosen.describe()[0]).toBe('writer: openai (cloud) (OPENAI_API_KEY is set)');
    await chosen.providers.close();
    expect(closed.sort()).toEqual(['embedded', 'openai']);
  });

  it('never builds a vendor nothing chose', () => {
    const created: string[] = [];
    chooseProviders({ env: {} }, vendors(created));
    expect(created).toEqual(['embedded']);
  });
});
