import { buildSsml, prosodyRate } from './build-ssml';
import { dialogueSegments } from './dialogue-segments';
import { mapWordBoundaries, type WordBoundary } from './map-word-boundaries';

/** Word boundaries as the service and SDK give them: the SDK finds each word in the SSML. */
function boundariesFor(ssml: string, words: string[], msPerWord = 300): WordBoundary[] {
  let searchFrom = 0;
  return words.map((word, index) => {
    const textOffset = ssml.indexOf(word, searchFrom);
    if (textOffset >= 0) searchFrom = textOffset + word.length;
    return { textOffset, wordLength: word.length, text: word, audioOffset: (100 + index * msPerWord) * 10_000, duration: msPerWord * 0.8 * 10_000, boundaryType: /\p{L}/u.test(word) ? 'WordBoundary' : 'PunctuationBoundary' };
  });
}

describe('dialogue segments', () => {
  it('separates quoted lines from narration, covering the text', () => {
    const text = 'The fox said, “Where is the moon?” and looked up. "Here," said the owl.';
    const segments = dialogueSegments(text);
    expect(segments.map((segment) => [text.slice(segment.start, segment.end), segment.dialogue])).toEqual([
      ['The fox said, ', false], ['“Where is the moon?”', true], [' and looked up. ', false], ['"Here,"', true], [' said the owl.', false],
    ]);
  });

  it('treats an unclosed mark as narration', () => {
    expect(dialogueSegments('He said “wait and went.')).toEqual([{ start: 0, end: 23, dialogue: false }]);
  });
});

describe('building SSML', () => {
  it('escapes the text, sets voice, style, rate and pitch, and maps every text character back', () => {
    const text = 'Tom & Jerry <3 the moon.';
    const built = buildSsml({ text, locale: 'en-US', narrator: { name: 'en-US-AvaNeural', style: 'narration-relaxed' }, rate: 0.8, pitch: '-5%' });
    expect(built.ssml).toBe('<speak version="1.0" xmlns="http://www.w3.org/2001/10/synthesis" xmlns:mstts="https://www.w3.org/2001/mstts" xml:lang="en-US"><voice name="en-US-AvaNeural"><mstts:express-as style="narration-relaxed"><prosody rate="-20%" pitch="-5%">Tom &amp; Jerry &lt;3 the moon.</prosody></mstts:express-as></voice></speak>');
    expect(built.textAt.length).toBe(built.ssml.length);
    const ampersand = built.ssml.indexOf('&amp;');
    expect([...built.textAt.subarray(ampersand, ampersand + 5)]).toEqual([4, 4, 4, 4, 4]);
    expect(built.textAt[built.ssml.indexOf('moon')]).toBe(text.indexOf('moon'));
    expect(built.textAt[0]).toBe(-1);
  });

  it('gives quoted lines to the dialogue voice, without a style it lacks', () => {
    const built = buildSsml({ text: 'She said, "Hello!" Then slept.', locale: 'en-US', narrator: { name: 'A', style: 'calm' }, dialogue: { name: 'B' }, rate: 1 });
    expect(built.ssml).toContain('<voice name="A"><mstts:express-as style="calm"><prosody rate="+0%">She said, </prosody></mstts:express-as></voice><voice name="B"><prosody rate="+0%">"Hello!"</prosody></voice><voice name="A">');
  });

  it('writes relative rates', () => {
    expect([prosodyRate(1), prosodyRate(1.25), prosodyRate(0.5)]).toEqual(['+0%', '+25%', '-50%']);
  });
});

describe('mapping word boundaries back to the scene text', () => {
  it('places each word by its SSML offset and times it from ticks', () => {
    const text = 'The fox & the owl, friends.';
    const built = buildSsml({ text, locale: 'en-US', narrator: { name: 'A' }, rate: 1 });
    const words = mapWordBoundaries(boundariesFor(built.ssml, ['The', 'fox', '&', 'the', 'owl', ',', 'friends', '.']), built.textAt, text, 5000);
    expect(words.map((word) => [word.text, word.start, word.end])).toEqual([['The', 0, 3], ['fox', 4, 7], ['the', 10, 13], ['owl', 14, 17], ['friends', 19, 26]]);
    expect(words[1]).toMatchObject({ startMs: 400, endMs: 640 });
  });

  it('finds a word the SDK could not place, and ignores markup look-alikes', () => {
    const text = 'Say "voice" now.';
    const built = buildSsml({ text, locale: 'en-US', narrator: { name: 'voice' }, rate: 1 });
    // The SDK would find "voice" first in <voice name="voice">; an unplaced word has offset -1.
    const boundaries: WordBoundary[] = [
      { textOffset: built.ssml.indexOf('Say'), wordLength: 3, text: 'Say', audioOffset: 0, duration: 2_000_000, boundaryType: 'WordBoundary' },
      { textOffset: built.ssml.indexOf('voice'), wordLength: 5, text: 'voice', audioOffset: 2_000_000, duration: 2_000_000, boundaryType: 'WordBoundary' },
      { textOffset: -1, wordLength: 3, text: 'now', audioOffset: 4_000_000, duration: 2_000_000, boundaryType: 'WordBoundary' },
    ];
    const words = mapWordBoundaries(boundaries, built.textAt, text, 1000);
    expect(words.map((word) => text.slice(word.start, word.end))).toEqual(['Say', 'voice', 'now']);
    expect(words[2]).toMatchObject({ startMs: 400, endMs: 600 });
  });

  it('keeps times inside the audio and in order', () => {
    const text = 'One two.';
    const built = buildSsml({ text, locale: 'en-US', narrator: { name: 'A' }, rate: 1 });
    const boundaries = boundariesFor(built.ssml, ['One', 'two'], 700);
    const words = mapWordBoundaries(boundaries, built.textAt, text, 900);
    expect(words[1].endMs).toBe(900);
    expect(words[1].startMs).toBeGreaterThanOrEqual(words[0].endMs);
  });
});
