import { main } from '../../pipeline/cli/main';
import { providersCommand } from '../../pipeline/cli/commands/providers';
import { decideProviders } from '../../pipeline/providers/choose-providers';
import { defaultVendors } from '../../pipeline/providers/default-vendors';
import { memoryIo } from './cli-fixtures';

describe('storyloom providers', () => {
  it('shows everything embedded and no transcriber without keys, and says how to switch', async () => {
    const { io, written } = memoryIo('/tmp');
    expect(await providersCommand().run([], io)).toBe(0);
    expect(written.stdout).toMatch(/^writer\s+embedded \(.+\)\s+offline, needs no key$/m);
    expect(written.stdout).toMatch(/^transcriber\s+none\s+no transcriber/m);
    expect(written.stdout).toContain('Choose with STORYLOOM_WRITER, STORYLOOM_PLANNER, STORYLOOM_ILLUSTRATOR, STORYLOOM_NARRATOR, STORYLOOM_TRANSCRIBER = azure | openai | embedded.');
    expect(written.stdout).toContain('azure: narrator, transcriber; off, needs AZURE_SPEECH_KEY with AZURE_SPEECH_REGION (or AZURE_SPEECH_HOST)');
    expect(written.stdout).toContain('openai: writer, planner, illustrator, narrator, transcriber; off, needs OPENAI_API_KEY');
  });

  it('puts Azure Speech on narration and transcription and OpenAI on the rest when both keys are set', async () => {
    const env = { OPENAI_API_KEY: 'sk-test', AZURE_SPEECH_KEY: 'k', AZURE_SPEECH_REGION: 'westeurope' };
    const { io, written } = memoryIo('/tmp', { env });
    expect(await providersCommand().run(['--json'], io)).toBe(0);
    const report = JSON.parse(written.stdout);
    expect(report.providers.map((row: { capability: string; provider: string }) => [row.capability, row.provider])).toEqual([
      ['writer', 'openai'], ['planner', 'openai'], ['illustrator', 'openai'], ['narrator', 'azure'], ['transcriber', 'azure'],
    ]);
    expect(report.providers[0]).toMatchObject({ model: 'gpt-4o-mini', reason: 'OPENAI_API_KEY is set' });
    expect(report.providers[3].reason).toBe('AZURE_SPEECH_KEY and AZURE_SPEECH_REGION=westeurope are set');
  });

  it('follows an explicit choice, and Azure OpenAI’s keys turn OpenAI on', () => {
    const env = { AZURE_OPENAI_ENDPOINT: 'https://r.openai.azure.com', AZURE_OPENAI_API_KEY: 'az', AZURE_SPEECH_KEY: 'k', AZURE_SPEECH_REGION: 'r', STORYLOOM_NARRATOR: 'openai', STORYLOOM_ILLUSTRATOR: 'embedded' };
    const choices = decideProviders(env, defaultVendors());
    expect(choices.map((choice) => choice.vendor)).toEqual(['openai', 'openai', 'embedded', 'openai', 'azure']);
    expect(choices[3].reason).toBe('STORYLOOM_NARRATOR=openai; AZURE_OPENAI_ENDPOINT and AZURE_OPENAI_API_KEY are set (Azure OpenAI)');
  });

  it('explains a choice that cannot run, without a stack trace', async () => {
    const { io, written } = memoryIo('/tmp', { env: { STORYLOOM_NARRATOR: 'azure', AZURE_SPEECH_KEY: 'k' } });
    expect(await main(['providers'], io)).toBe(1);
    expect(written.stderr).toBe('storyloom providers: STORYLOOM_NARRATOR=azure needs AZURE_SPEECH_KEY with AZURE_SPEECH_REGION (or AZURE_SPEECH_HOST)\n');
  });
});
