import { buildConcatList, FRAME_MS, quoteConcatPath } from './concat-list';
import { sampleTimeline } from './video-timeline.fixture';

function entries(list: string): { file: string; durationMs: number }[] {
  const lines = list.trim().split('\n').slice(1);
  const result = [];
  for (let index = 0; index < lines.length; index += 2) {
    result.push({ file: lines[index].replace(/^file /, ''), durationMs: Number(lines[index + 1].replace(/^duration /, '')) * 1000 });
  }
  return result;
}

describe('buildConcatList', () => {
  const timeline = sampleTimeline(['One fox ran.', 'The owl flew over the dark hill.', 'The end came.']);

  it('starts with the ffconcat header and lists each picture for its scene, in order', () => {
    const list = buildConcatList(timeline);
    expect(list.split('\n')[0]).toBe('ffconcat version 1.0');
    const listed = entries(list);
    expect(listed.map((entry) => entry.file)).toEqual([...timeline.scenes.map((scene) => `'${scene.picture}'`), `'${timeline.scenes[2].picture}'`]);
    expect(listed[0].durationMs).toBeCloseTo(timeline.scenes[0].durationMs, 3);
    expect(listed[1].durationMs).toBeCloseTo(timeline.scenes[1].durationMs, 3);
  });

  it('makes the pictures last exactly as long as the narration, the last one listed twice', () => {
    const listed = entries(buildConcatList(timeline));
    const total = listed.reduce((sum, entry) => sum + entry.durationMs, 0);
    expect(total).toBeCloseTo(timeline.totalMs, 3);
    expect(listed[listed.length - 1].durationMs).toBe(FRAME_MS);
  });

  it('quotes paths so spaces and quotes survive', () => {
    expect(quoteConcatPath("/books/Fox's moon/01.png")).toBe("'/books/Fox'\\''s moon/01.png'");
  });
});
