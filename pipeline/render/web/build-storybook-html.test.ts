import { createHash } from 'node:crypto';
import { buildStorybookHtml, escapeHtml, jsonForScript } from './build-storybook-html';
import type { StorybookData } from '../../../web/player/storybook-data';

const story = 'He wrote </script><script>alert(1)</script> and <!-- this --> \u2028 too.';
const book: StorybookData = {
  title: 'Fox & "Owl" <3',
  language: 'en',
  cover: { picture: 'pictures/01.png', alt: 'A fox' },
  pages: [{ index: 0, text: story, words: [], picture: 'pictures/01.png', alt: 'A fox', audio: 'audio/01.wav', durationMs: 1000 }],
};

function embeddedJson(html: string): string {
  return /<script type="application\/json" id="storybook-data">([\s\S]*?)<\/script>/.exec(html)![1];
}

describe('buildStorybookHtml', () => {
  const script = 'console.log("</script>")';
  const styles = 'body{color:red}';
  const html = buildStorybookHtml({ book, script, styles });

  it('embeds the book so that no story text can close the data element', () => {
    const json = embeddedJson(html);
    expect(json).not.toMatch(/</);
    expect(JSON.parse(json)).toEqual(book);
    expect(html.match(/<script/g)).toHaveLength(2);
  });

  it('escapes the title and language in markup', () => {
    expect(html).toContain('<title>Fox &#38; &#34;Owl&#34; &#60;3</title>');
    expect(escapeHtml(`<a href='x'>`)).toBe('&#60;a href=&#39;x&#39;&#62;');
  });

  it('allows exactly its own script and styles and nothing from elsewhere', () => {
    const inlineScript = /<script>([\s\S]*?)<\/script>/.exec(html)![1];
    const inlineStyles = /<style>([\s\S]*?)<\/style>/.exec(html)![1];
    const hash = (source: string) => `sha256-${createHash('sha256').update(source).digest('base64')}`;
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1];
    expect(policy).toContain(`script-src '${hash(inlineScript)}'`);
    expect(policy).toContain(`style-src '${hash(inlineStyles)}'`);
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("img-src 'self' data:;");
    expect(inlineScript).toBe('console.log("<\\/script>")');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it('writes the line separators as escapes', () => {
    expect(jsonForScript('a\u2028b')).toBe('"a\\u2028b"');
  });
});
