import { chooseProviders, variableFor } from '../../providers/choose-providers';
import { defaultVendors } from '../../providers/default-vendors';
import { CAPABILITIES, type ProviderVendor } from '../../providers/provider-vendor';
import { UsageError, type CliIo, type Command } from '../cli-io';
import { parseOptions } from '../parse-options';

const HELP = `storyloom providers — show which providers would make a book, and why

Usage:
  storyloom providers [--json]

For each capability (writer, planner, illustrator, narrator, transcriber) prints the provider
and model chosen from the environment and the reason. Nothing is sent to any service.

Choosing:
  STORYLOOM_WRITER, STORYLOOM_PLANNER, STORYLOOM_ILLUSTRATOR, STORYLOOM_NARRATOR,
  STORYLOOM_TRANSCRIBER = azure | openai | embedded   (STORYLOOM_TRANSCRIBER may be none)
  Without one, each capability goes to the first provider whose keys are set: Azure Speech,
  then OpenAI, then the embedded providers, which need no key and work offline.

Options:
      --json    print { providers: [...], vendors: [...] } instead of a table`;

export interface ProvidersCommandDependencies {
  /** Default: the real vendors (Azure Speech, OpenAI, embedded). */
  vendors?: () => ProviderVendor[];
}

export function providersCommand(dependencies: ProvidersCommandDependencies = {}): Command {
  return { name: 'providers', summary: 'show which providers are active and why', help: HELP, run: (argv, io) => runProviders(argv, io, dependencies) };
}

async function runProviders(argv: string[], io: CliIo, dependencies: ProvidersCommandDependencies): Promise<number> {
  const { values, positionals } = parseOptions('providers', argv, { json: { type: 'boolean' } } as const);
  if (positionals.length > 0) throw new UsageError(`takes no arguments (got ${positionals.join(' ')})`, 'providers');
  const vendors = (dependencies.vendors ?? defaultVendors)();
  const chosen = chooseProviders({ env: io.env }, vendors);
  try {
    const rows = chosen.choices.map((choice) => {
      const provider = choice.vendor ? chosen.providers[choice.capability] : null;
      return { capability: choice.capability, vendor: choice.vendor, provider: provider?.provider ?? 'none', model: provider?.model ?? '', reason: choice.reason };
    });
    const offers = vendors.map((vendor) => ({ name: vendor.name, capabilities: [...vendor.capabilities], needs: vendor.needs, usable: vendor.usable(io.env) }));
    if (values.json) {
      io.stdout.write(JSON.stringify({ providers: rows, vendors: offers }, null, 2) + '\n');
      return 0;
    }
    const width = Math.max(...rows.map((row) => `${row.provider}${row.model ? ` (${row.model})` : ''}`.length));
    for (const row of rows) {
      const who = `${row.provider}${row.model ? ` (${row.model})` : ''}`;
      io.stdout.write(`${row.capability.padEnd(12)} ${who.padEnd(width)}  ${row.reason}\n`);
    }
    io.stdout.write(`\nChoose with ${CAPABILITIES.map(variableFor).join(', ')} = ${vendors.map((vendor) => vendor.name).join(' | ')}.\n`);
    for (const offer of offers.filter((candidate) => candidate.needs !== 'nothing')) {
      io.stdout.write(`${offer.name}: ${offer.capabilities.join(', ')}; ${offer.usable ? `on (${offer.usable})` : `off, needs ${offer.needs}`}\n`);
    }
    return 0;
  } finally {
    await chosen.providers.close();
  }
}
