import { encodeWav, type PcmAudio } from '../audio/wav';
import { throwIfCancelled } from '../errors';
import type { BookRun } from '../make-book/book-run';
import { splitSentences } from '../providers/embedded/narrator/split-sentences';
import type { Narration, Narrator } from '../providers/narrator';
import { timedSentences } from '../providers/speech-timing/narration-timings';
import { recordingAudio, slicePcm } from './recording-audio';
import { sceneCuts, type SceneCut } from './scene-cuts';
import { readStoryWords } from './story-words-file';

/**
 * For a book made from a recording, the person's own voice is the narration: each scene's audio
 * is cut from the recording, so no speech is synthesized. Any other book gets its narrator.
 * The recording is decoded and cut once per run, however many scenes ask.
 */
export function narratorFor(run: BookRun, index: number): Narrator {
  const source = run.recorder.current.request.source;
  if (source.kind !== 'audio') return run.providers!.narrator;
  return {
    provider: 'recording',
    model: 'cut-from-recording',
    voices: async () => [],
    async narrate(): Promise<Narration> {
      throwIfCancelled(run.signal);
      const { audio, cuts } = await cutsFor(run, source);
      const cut = cuts[index];
      const scene = run.recorder.current.scenes[index];
      const clip = slicePcm(audio, cut.startMs, cut.endMs);
      const durationMs = (clip.samples.length / clip.channels / clip.sampleRate) * 1000;
      const words = cut.words.map((word) => ({ ...word, startMs: Math.min(word.startMs, durationMs), endMs: Math.min(word.endMs, durationMs) }));
      return { audio: encodeWav(clip), mimeType: 'audio/wav', durationMs, words, sentences: timedSentences(splitSentences(scene.text, run.recorder.current.language), words), warnings: [] };
    },
  };
}

const prepared = new WeakMap<BookRun, Promise<{ audio: PcmAudio; cuts: SceneCut[] }>>();

function cutsFor(run: BookRun, source: { file: string; mimeType: string }): Promise<{ audio: PcmAudio; cuts: SceneCut[] }> {
  let pending = prepared.get(run);
  if (!pending) {
    pending = (async () => {
      const manifest = run.recorder.current;
      const [audio, words] = await Promise.all([recordingAudio(run.folder, source.file, source.mimeType, run.signal), readStoryWords(run.folder)]);
      const storyText = manifest.scenes.map((scene) => scene.text).join('');
      const durationMs = (audio.samples.length / audio.channels / audio.sampleRate) * 1000;
      return { audio, cuts: sceneCuts(storyText, manifest.scenes, words, durationMs, manifest.language) };
    })();
    prepared.set(run, pending);
    // A failed attempt is not kept: the next run (or scene) tries again.
    pending.catch(() => prepared.delete(run));
  }
  return pending;
}
