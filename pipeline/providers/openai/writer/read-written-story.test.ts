import { readWrittenStory } from './read-written-story';
import { storyMessages, STORY_WORDS } from './story-prompt';

describe('reading a written story', () => {
  it('takes a Markdown heading as the title and keeps the paragraphs', () => {
    const story = readWrittenStory('# The Shy Dragon\n\nOnce there was a dragon.\n\nShe could not swim.\n\nThen she learned.\n');
    expect(story.title).toBe('The Shy Dragon');
    expect(story.text).toBe('Once there was a dragon.\n\nShe could not swim.\n\nThen she learned.');
  });

  it('understands "Title:", bold and quoted titles, code fences and Windows line ends', () => {
    expect(readWrittenStory('Title: Moon Fox\n\nA fox.').title).toBe('Moon Fox');
    expect(readWrittenStory('**Moon Fox**\r\n\r\nA fox.').title).toBe('Moon Fox');
    expect(readWrittenStory('"Moon Fox"\n\nA fox.').title).toBe('Moon Fox');
    expect(readWrittenStory('```\nMoon Fox\n\nA fox.\n```').text).toBe('A fox.');
  });

  it('gives no title when the answer starts with prose, and keeps that prose', () => {
    const story = readWrittenStory('Once upon a time there was a fox.\n\nThe end came.');
    expect(story.title).toBeNull();
    expect(story.text.startsWith('Once upon a time')).toBe(true);
  });

  it('makes a paragraph of each line when the model left out blank lines, and drops "The End"', () => {
    expect(readWrittenStory('Fox Tale\n\nOne.\nTwo.\nThree.\nThe End').text).toBe('One.\n\nTwo.\n\nThree.');
  });

  it('returns an empty story for an empty answer', () => {
    expect(readWrittenStory('  \n ')).toEqual({ title: null, text: '' });
  });
});

describe('the writer prompt', () => {
  it('asks for the language, audience and length in words, and puts the idea in the user message', () => {
    const [system, user] = storyMessages({ prompt: 'a shy dragon', language: 'de', length: 'short', audience: 'children aged 4 to 8' });
    expect(system.content).toContain('Write in German.');
    expect(system.content).toContain('for children aged 4 to 8');
    expect(system.content).toContain(`${STORY_WORDS.short[0]} to ${STORY_WORDS.short[1]} words`);
    expect(user).toEqual({ role: 'user', content: 'Idea: a shy dragon' });
  });
});
