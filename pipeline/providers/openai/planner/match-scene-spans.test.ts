import { matchSceneSpans } from './match-scene-spans';

const story = 'Once upon a time there was a fox.\n\nShe said: “Where is the moon…?”\n\nThe end — almost.';

describe('matching the model’s scenes to the story', () => {
  it('finds where each scene starts when the texts are the story, whitespace and quotes aside', () => {
    const result = matchSceneSpans(story, ['Once upon a time there was a fox.', 'She said: "Where is the moon...?"', 'The end - almost.']);
    expect(result).toEqual({ ok: true, starts: [0, story.indexOf('She'), story.indexOf('The end')] });
  });

  it('accepts re-wrapped lines', () => {
    expect(matchSceneSpans('A fox\nran far.\n\nThen home.', ['A fox ran far.', 'Then home.']).ok).toBe(true);
  });

  it('refuses a changed word, naming the scene and both versions', () => {
    const result = matchSceneSpans(story, ['Once upon a time there was a wolf.', 'She said: “Where is the moon…?”', 'The end — almost.']);
    expect(result).toEqual({ ok: false, reason: 'scene 1 has "wolf." where the story has "fox. She said: “Where is the m…"' });
  });

  it('refuses a story that is cut short or padded', () => {
    expect(matchSceneSpans(story, ['Once upon a time there was a fox.'])).toEqual({ ok: false, reason: 'the scenes leave out the end of the story, from "She said: “Where is the moon…?…"' });
    const padded = matchSceneSpans('A fox.', ['A fox.', 'And a bear.']);
    expect(padded.ok).toBe(false);
    expect((padded as { reason: string }).reason).toBe('scene 2 goes on after the story ends, with "And a bear."');
  });

  it('refuses empty scenes and an empty answer', () => {
    expect(matchSceneSpans('A fox.', [])).toEqual({ ok: false, reason: 'it returned no scenes' });
    expect(matchSceneSpans('A fox.', ['A fox.', '  '])).toEqual({ ok: false, reason: 'scene 2 has no text' });
  });
});
