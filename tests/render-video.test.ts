import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { CancelledError, RenderError } from '../pipeline/errors';
import type { BookOptionsInput } from '../pipeline/model';
import { SCENE_COLOURS } from '../pipeline/providers/testing/synthetic-media';
import { chapterTitle } from '../pipeline/render/video/chapters-metadata';
import { VideoRenderer } from '../pipeline/render/video/video-renderer';
import { makeSampleBook } from './support/sample-book';
import { temporaryFolder } from './support/temporary-folder';
import { extractSubtitles, hexToRgb, nearestColour, probeVideo, processesMentioning, sampleColours, type Region } from './video/probe-video';

const STATIC_2018 = path.join(__dirname, '../node_modules/@ffmpeg-installer/linux-x64/ffmpeg');
const SHORT_SCENES = ['The fox woke up early.', 'She met an owl on the hill.', 'They watched the moon rise.', 'Then she went home to sleep.'];

async function sampleBook(dir: string, render: BookOptionsInput['render'], scenes?: string[], msPerWord?: number) {
  return makeSampleBook({ dir, scenes, msPerWord, options: { render } });
}

/** A box near the top centre of the picture as fitted into the frame: plain scene colour, clear of the white circle. */
function pictureRegion(frame: { width: number; height: number }, picture = { width: 1024, height: 1024 }): Region {
  const scale = Math.min(frame.width / picture.width, frame.height / picture.height);
  const top = (frame.height - picture.height * scale) / 2;
  return { x: Math.round(frame.width / 2 - 16), y: Math.round(top + picture.height * scale * 0.15), width: 32, height: 32 };
}

/** Asserts the colour seen `afterMs` after each scene start is that scene's, and (optionally) the previous scene's `beforeMs` before it. */
async function expectPicturesOnTime(file: string, starts: number[], region: Region, afterMs: number, beforeMs?: number) {
  const times = starts.map((start) => (start + afterMs) / 1000);
  const colours = await sampleColours(file, times, region);
  expect(colours.map((colour) => nearestColour(colour, SCENE_COLOURS.slice(0, starts.length)))).toEqual(SCENE_COLOURS.slice(0, starts.length));
  colours.forEach((colour, index) => colour.forEach((channel, rgb) => expect(Math.abs(channel - hexToRgb(SCENE_COLOURS[index])[rgb])).toBeLessThan(24)));
  if (beforeMs === undefined) return;
  const before = await sampleColours(file, starts.slice(1).map((start) => (start - beforeMs) / 1000), region);
  expect(before.map((colour) => nearestColour(colour, SCENE_COLOURS))).toEqual(SCENE_COLOURS.slice(0, starts.length - 1));
}

describe('VideoRenderer (MP4 audio slideshow)', () => {
  const originalFfmpeg = process.env.FFMPEG_PATH;
  afterEach(() => {
    if (originalFfmpeg === undefined) delete process.env.FFMPEG_PATH;
    else process.env.FFMPEG_PATH = originalFfmpeg;
  });

  it('still mode: pictures change on each scene start, narration as AAC, subtitles, chapters, files beside it', async () => {
    const temporary = await temporaryFolder();
    try {
      const { folder, manifest } = await sampleBook(temporary.dir, { videoMode: 'still' });
      const progress: number[] = [];
      const result = await new VideoRenderer().render({ folder, manifest, onProgress: (percent) => progress.push(percent) });
      expect(result.files).toEqual(['book.mp4', 'book.srt', 'book.vtt']);
      expect((await fs.readdir(folder.dir)).filter((name) => name.includes('.tmp'))).toEqual([]);
      expect(progress[progress.length - 1]).toBe(100);
      expect([...progress].sort((a, b) => a - b)).toEqual(progress);

      const file = folder.resolve('book.mp4');
      const probed = await probeVideo(file);
      const narrationSeconds = manifest.steps.narration!.durationMs / 1000;
      expect(Math.abs(Number(probed.format.duration) - narrationSeconds)).toBeLessThan(0.2);
      const video = probed.streams.find((stream) => stream.codec_type === 'video')!;
      // Tagged with the matrix it was converted with, so browsers show the pictures' own colours.
      expect(video).toMatchObject({ codec_name: 'h264', width: 1280, height: 720, color_space: 'smpte170m', color_primaries: 'bt709', color_transfer: 'iec61966-2-1' });
      expect(Math.abs(Number(video.duration) - narrationSeconds)).toBeLessThan(0.2);
      expect(probed.streams.find((stream) => stream.codec_type === 'audio')).toMatchObject({ codec_name: 'aac', tags: { language: 'eng' } });
      expect(probed.streams.find((stream) => stream.codec_type === 'subtitle')).toMatchObject({ codec_name: 'mov_text' });

      const offsets = manifest.steps.narration!.sceneOffsetsMs;
      expect(probed.chapters.map((chapter) => chapter.tags.title)).toEqual(manifest.scenes.map((scene) => chapterTitle(scene.text)));
      expect(probed.chapters.map((chapter) => Math.round(Number(chapter.start_time) * 1000))).toEqual(offsets.map(Math.round));

      const srt = await fs.readFile(folder.resolve('book.srt'), 'utf8');
      const vtt = await fs.readFile(folder.resolve('book.vtt'), 'utf8');
      const inside = await extractSubtitles(file);
      const cueCount = (text: string) => (text.match(/-->/g) ?? []).length;
      expect(cueCount(srt)).toBeGreaterThanOrEqual(manifest.scenes.length);
      expect(cueCount(inside)).toBe(cueCount(srt));
      expect(vtt.startsWith('WEBVTT\n')).toBe(true);
      expect(cueCount(vtt)).toBe(cueCount(srt));
      expect(inside.replace(/\s+/g, ' ')).toContain('Once upon a time, a little fox lived at the edge of a dark forest.');

      await expectPicturesOnTime(file, offsets, pictureRegion({ width: 1280, height: 720 }), 60, 60);
    } finally {
      await temporary.remove();
    }
  });

  it('motion mode: 25 fps, same timing, each crossfade finished when its scene starts', async () => {
    const temporary = await temporaryFolder();
    try {
      const { folder, manifest } = await sampleBook(temporary.dir, { videoMode: 'motion' }, SHORT_SCENES, 250);
      const result = await new VideoRenderer().render({ folder, manifest });
      expect(result.warnings).toEqual([]);
      const file = folder.resolve('book.mp4');
      const probed = await probeVideo(file);
      expect(Math.abs(Number(probed.format.duration) - manifest.steps.narration!.durationMs / 1000)).toBeLessThan(0.2);
      const video = probed.streams.find((stream) => stream.codec_type === 'video')!;
      expect(video).toMatchObject({ codec_name: 'h264', width: 1280, height: 720, r_frame_rate: '25/1' });
      expect(probed.streams.map((stream) => stream.codec_name)).toEqual(expect.arrayContaining(['h264', 'aac', 'mov_text']));
      expect(probed.chapters).toHaveLength(SHORT_SCENES.length);
      await expectPicturesOnTime(file, manifest.steps.narration!.sceneOffsetsMs, pictureRegion({ width: 1280, height: 720 }), 60, 700);
    } finally {
      await temporary.remove();
    }
  });

  it('9:16 makes a 1080×1920 video with the square pictures fitted whole; a German book keeps its umlauts and language', async () => {
    const temporary = await temporaryFolder();
    try {
      const scenes = ['Der kleine Fuchs wachte früh auf.', 'Sie traf eine Eule auf dem Hügel; „Wohin?“, fragte sie.'];
      const { folder, manifest } = await makeSampleBook({ dir: temporary.dir, scenes, msPerWord: 250, language: 'de', options: { language: 'de', render: { aspect: '9:16' } } });
      await new VideoRenderer().render({ folder, manifest });
      const file = folder.resolve('book.mp4');
      const probed = await probeVideo(file);
      expect(probed.streams.find((stream) => stream.codec_type === 'video')).toMatchObject({ width: 1080, height: 1920 });
      expect(probed.streams.find((stream) => stream.codec_type === 'audio')?.tags?.language).toBe('ger');
      expect(probed.chapters.map((chapter) => chapter.tags.title)).toEqual(['Der kleine Fuchs wachte früh auf.', 'Sie traf eine Eule auf dem…']);
      expect((await extractSubtitles(file)).replace(/\s+/g, ' ')).toContain('Sie traf eine Eule auf dem Hügel;');
      await expectPicturesOnTime(file, manifest.steps.narration!.sceneOffsetsMs, pictureRegion({ width: 1080, height: 1920 }), 60);
    } finally {
      await temporary.remove();
    }
  });

  it('works with the 2018 ffmpeg (no xfade): motion fades through black and says so', async () => {
    process.env.FFMPEG_PATH = STATIC_2018;
    const temporary = await temporaryFolder();
    try {
      const { folder, manifest } = await sampleBook(temporary.dir, { videoMode: 'motion' }, SHORT_SCENES.slice(0, 3), 250);
      const result = await new VideoRenderer().render({ folder, manifest });
      expect(result.warnings.join(' ')).toContain('no xfade filter, so scenes fade through black');
      const file = folder.resolve('book.mp4');
      const probed = await probeVideo(file);
      expect(Math.abs(Number(probed.format.duration) - manifest.steps.narration!.durationMs / 1000)).toBeLessThan(0.2);
      expect(probed.streams.map((stream) => stream.codec_name)).toEqual(expect.arrayContaining(['h264', 'aac', 'mov_text']));
      expect(probed.chapters).toHaveLength(3);
      await expectPicturesOnTime(file, manifest.steps.narration!.sceneOffsetsMs, pictureRegion({ width: 1280, height: 720 }), 60, 700);
    } finally {
      await temporary.remove();
    }
  });

  it('works with the 2018 ffmpeg in still mode', async () => {
    process.env.FFMPEG_PATH = STATIC_2018;
    const temporary = await temporaryFolder();
    try {
      const { folder, manifest } = await sampleBook(temporary.dir, { videoMode: 'still' }, SHORT_SCENES, 250);
      await new VideoRenderer().render({ folder, manifest });
      const file = folder.resolve('book.mp4');
      const probed = await probeVideo(file);
      expect(Math.abs(Number(probed.format.duration) - manifest.steps.narration!.durationMs / 1000)).toBeLessThan(0.2);
      expect(probed.chapters).toHaveLength(SHORT_SCENES.length);
      await expectPicturesOnTime(file, manifest.steps.narration!.sceneOffsetsMs, pictureRegion({ width: 1280, height: 720 }), 60, 60);
    } finally {
      await temporary.remove();
    }
  });

  it('still mode takes pictures in mixed formats (a PNG book with one JPEG)', async () => {
    const temporary = await temporaryFolder();
    try {
      const { folder, manifest } = await sampleBook(temporary.dir, { videoMode: 'still' }, SHORT_SCENES.slice(0, 3), 250);
      const picture = manifest.steps.scenes[1].picture!;
      await promisify(execFile)('ffmpeg', ['-v', 'error', '-i', folder.resolve(picture.file), folder.resolve('scenes/02.jpg')]);
      manifest.steps.scenes[1].picture = { ...picture, file: 'scenes/02.jpg', mimeType: 'image/jpeg' };
      await new VideoRenderer().render({ folder, manifest });
      await expectPicturesOnTime(folder.resolve('book.mp4'), manifest.steps.narration!.sceneOffsetsMs, pictureRegion({ width: 1280, height: 720 }), 60, 60);
    } finally {
      await temporary.remove();
    }
  });

  it('cancelling kills ffmpeg promptly and leaves no video behind', async () => {
    const temporary = await temporaryFolder();
    try {
      const { folder, manifest } = await sampleBook(temporary.dir, { videoMode: 'motion' });
      const controller = new AbortController();
      let abortedAt = 0;
      const rendering = new VideoRenderer().render({
        folder,
        manifest,
        signal: controller.signal,
        onProgress: () => {
          if (abortedAt) return;
          abortedAt = Date.now();
          controller.abort();
        },
      });
      await expect(rendering).rejects.toBeInstanceOf(CancelledError);
      expect(abortedAt).toBeGreaterThan(0);
      expect(Date.now() - abortedAt).toBeLessThan(1000);
      expect(await processesMentioning(folder.dir)).toEqual([]);
      const left = await fs.readdir(folder.dir);
      expect(left).not.toContain('book.mp4');
      expect(left.filter((name) => name.includes('.tmp'))).toEqual([]);
    } finally {
      await temporary.remove();
    }
  });

  it('a broken picture fails with a RenderError carrying the last lines of ffmpeg stderr', async () => {
    const temporary = await temporaryFolder();
    try {
      const { folder, manifest } = await sampleBook(temporary.dir, { videoMode: 'still' }, SHORT_SCENES.slice(0, 2), 250);
      await fs.writeFile(folder.resolve(manifest.steps.scenes[1].picture!.file), 'this is not a picture');
      const error = await new VideoRenderer().render({ folder, manifest }).catch((caught: unknown) => caught);
      expect(RenderError.isInstance(error)).toBe(true);
      const renderError = error as RenderError;
      expect(renderError.format).toBe('mp4');
      expect(renderError.message).toMatch(/^ffmpeg failed with exit code \d+: \S/);
      expect(renderError.details.length).toBeGreaterThan(0);
      expect(renderError.details.join('\n')).toMatch(/png|invalid|error/i);
      expect(await fs.readdir(folder.dir)).not.toContain('book.mp4');
    } finally {
      await temporary.remove();
    }
  });
});
