import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PARTS_FOLDER, readEmojiSubset } from './art-library';
import { emojiNamesUsed, partNamesUsed } from './emoji-names';
import { withoutInnerShadows } from './extract-emoji-subset';

// The committed subset must hold exactly the icons the drawing tables use. If this fails, run
//   npx tsx pipeline/providers/embedded/illustrator/extract-emoji-subset.ts
describe('the committed Fluent Emoji subset', () => {
  const subset = readEmojiSubset();

  it('holds exactly the emoji the drawing tables name, in colour and flat', () => {
    expect(Object.keys(subset.colour).sort()).toEqual(emojiNamesUsed());
    expect(Object.keys(subset.flat).sort()).toEqual(emojiNamesUsed());
  });

  it('was taken from the installed icon packages', () => {
    const installed = (name: string) => (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
    expect(subset.source.version).toBe(installed(subset.source.package));
    expect(subset.source.flatVersion).toBe(installed(subset.source.flatPackage));
  });

  it('keeps the license notice beside it', () => {
    expect(readFileSync(path.join(PARTS_FOLDER, '..', 'FLUENT-EMOJI-LICENSE'), 'utf8')).toMatch(/MIT License[\s\S]*Copyright \(c\) Microsoft Corporation/);
  });

  it('has a hand-drawn part for every part the tables name', () => {
    for (const name of partNamesUsed()) expect(existsSync(path.join(PARTS_FOLDER, `${name}.svg`)) ? name : `missing ${name}.svg`).toBe(name);
  });
});

describe('withoutInnerShadows', () => {
  it('drops inner-shadow filters and their uses, and keeps blurs', () => {
    const body = '<filter id="a"><feOffset dx="1"/><feComposite operator="arithmetic" k2="-1" k3="1"/></filter><filter id="b"><feGaussianBlur stdDeviation=".5"/></filter><path filter="url(#a)" d="M0 0"/><path filter="url(#b)" d="M1 1"/>';
    expect(withoutInnerShadows(body)).toBe('<filter id="b"><feGaussianBlur stdDeviation=".5"/></filter><path d="M0 0"/><path filter="url(#b)" d="M1 1"/>');
  });
});
