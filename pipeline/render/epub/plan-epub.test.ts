import { manifestWith } from '../web/manifest.fixture';
import { bookIdentifier, planEpub } from './plan-epub';

const modified = new Date('2026-03-04T05:06:07.890Z');

describe('planEpub', () => {
  const manifest = manifestWith(['Once there was a fox.\n\n', 'She found the moon. ', 'The end.']);
  const plan = planEpub(manifest, { modified, audioExtension: 'mp3' });

  it('names one page per scene and points at its picture and narration', () => {
    expect(plan.pages.map((page) => page.name)).toEqual(['page-01', 'page-02', 'page-03']);
    expect(plan.pages[1].picture).toEqual({ href: 'images/page-02.png', mediaType: 'image/png', alt: 'Action 1. The meadow by day.', source: 'scenes/02.png' });
    expect(plan.pages[1].audio).toEqual({ href: 'audio/page-02.mp3', source: 'scenes/02.wav' });
    expect(plan.cover).toEqual({ href: 'images/page-01.png', alt: plan.pages[0].picture.alt });
  });

  it('gives every timed word a clip and the book a total that is the sum of its pages', () => {
    plan.pages.forEach((page, index) => expect(page.clips).toHaveLength(manifest.steps.scenes[index].narration!.words.length));
    expect(plan.totalDurationMs).toBe(plan.pages.reduce((sum, page) => sum + page.durationMs, 0));
    expect(plan.pages[0].durationMs).toBe(plan.pages[0].clips[plan.pages[0].clips.length - 1].endMs - plan.pages[0].clips[0].beginMs);
  });

  it('writes dcterms:modified to the second and keeps one identifier per book', () => {
    expect(plan.modified).toBe('2026-03-04T05:06:07Z');
    expect(plan.identifier).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(bookIdentifier(manifest.id)).toBe(plan.identifier);
    expect(bookIdentifier('another')).not.toBe(plan.identifier);
  });

  it('leaves the overlay off a page that has no timed words', () => {
    const silent = manifestWith(['Words here.', 'More words.']);
    silent.steps.scenes[1].narration!.words = [];
    const page = planEpub(silent, { modified, audioExtension: 'mp3' }).pages[1];
    expect(page).toMatchObject({ audio: null, clips: [], durationMs: 0 });
  });
});
