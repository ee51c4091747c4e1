import { buildChaptersMetadata, chapterTitle, escapeMetadata } from './chapters-metadata';
import { sampleTimeline } from './video-timeline.fixture';

describe('chapterTitle', () => {
  it('takes the first six words and marks the cut with an ellipsis, without a dangling comma', () => {
    expect(chapterTitle('Once upon a time, a little fox lived at the edge of a dark forest.')).toBe('Once upon a time, a little…');
    expect(chapterTitle('Once upon a time, there was a fox.')).toBe('Once upon a time, there was…');
    expect(chapterTitle('One day, a fox, an owl, and a cat met.')).toBe('One day, a fox, an owl…');
  });

  it('keeps a short scene whole and trims whitespace', () => {
    expect(chapterTitle('  The end.\n\n')).toBe('The end.');
  });

  it('cuts very long words to 48 characters', () => {
    expect(chapterTitle('Supercalifragilisticexpialidocious-and-then-some-more words follow').length).toBeLessThanOrEqual(49);
  });
});

describe('buildChaptersMetadata', () => {
  it('writes an ffmetadata file with the title and one chapter per scene, in milliseconds', () => {
    const timeline = sampleTimeline(['Once upon a time, a little fox lived here.', 'One morning the fox met an old owl.']);
    const text = buildChaptersMetadata({ ...timeline, title: 'Fox = Moon; #1' });
    const lines = text.split('\n');
    expect(lines[0]).toBe(';FFMETADATA1');
    expect(lines[1]).toBe('title=Fox \\= Moon\\; \\#1');
    expect(text.match(/\[CHAPTER\]/g)).toHaveLength(2);
    const second = timeline.scenes[1];
    expect(text).toContain(`[CHAPTER]\nTIMEBASE=1/1000\nSTART=${second.startMs}\nEND=${second.startMs + second.durationMs}\ntitle=One morning the fox met an…\n`);
    expect(text).toContain(`START=0\nEND=${timeline.scenes[0].durationMs}\ntitle=Once upon a time, a little…`);
  });

  it('escapes backslashes and line breaks', () => {
    expect(escapeMetadata('a\\b\nc')).toBe('a\\\\b\\\nc');
  });
});
