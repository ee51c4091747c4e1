import type { ApiOptions } from '../api-client';
import { h } from '../dom';
import { MicrophoneRecorder } from '../recording/microphone-recorder';
import { canTranscribe, clockTime, recordingFileName } from '../recording/recording-formats';

const MAX_BYTES = 50 * 1024 * 1024;

/**
 * "Tell it aloud": record the story with the microphone (or open an audio file), listen back,
 * and send it; the server turns the voice into the book's text and narration.
 */
export function recordingPanel(options: ApiOptions, error: (field: string) => HTMLElement) {
  let chosen: { blob: Blob; name: string } | null = null;
  const recorder = new MicrophoneRecorder();
  const problem = error('recording');
  const say = (message: string) => {
    problem.textContent = message;
    problem.hidden = !message;
  };
  const clock = h('span', { className: 'hint recording-clock', 'aria-live': 'polite' }, '0:00');
  const preview = h('audio', { controls: true, hidden: true, className: 'recording-preview' });
  const record = h('button', { type: 'button', className: 'record-button', id: 'record-button', 'aria-pressed': 'false' }, '● Record');
  const file = h('input', { type: 'file', accept: 'audio/*,.wav,.mp3,.m4a,.ogg,.webm', className: 'visually-hidden', id: 'recording-file' });
  let ticking: number | undefined;

  const use = (blob: Blob, name: string) => {
    if (blob.size > MAX_BYTES) return say('The recording is larger than 50 MB. Record a shorter one, or open an M4A or MP3 file.');
    chosen = { blob, name };
    if (preview.src) URL.revokeObjectURL(preview.src);
    preview.src = URL.createObjectURL(blob);
    preview.hidden = false;
    say('');
  };

  record.addEventListener('click', async () => {
    if (recorder.recording) {
      window.clearInterval(ticking);
      const finished = await recorder.stop();
      record.textContent = '● Record again';
      record.setAttribute('aria-pressed', 'false');
      clock.textContent = clockTime(finished.durationMs);
      use(finished.blob, recordingFileName(finished.mimeType));
      return;
    }
    try {
      await recorder.start();
    } catch (failure) {
      return say((failure as Error).message);
    }
    say('');
    record.textContent = '■ Stop';
    record.setAttribute('aria-pressed', 'true');
    ticking = window.setInterval(() => (clock.textContent = clockTime(recorder.elapsedMs())), 250);
  });
  file.addEventListener('change', () => {
    const picked = file.files?.[0];
    if (picked) use(picked, picked.name);
  });

  const available = canTranscribe(options.providers);
  if (!available) record.disabled = true;
  const element = h('div', { className: 'panel', id: 'panel-recording', hidden: true },
    h('div', { className: 'field' },
      h('p', { className: 'hint' }, available
        ? 'Read your story aloud. Your own voice becomes the narration, and the words you say become the text.'
        : 'Making a book from your voice needs a speech-to-text service. Whoever runs this Storyloom can turn one on by setting AZURE_SPEECH_KEY with AZURE_SPEECH_REGION, or OPENAI_API_KEY.'),
      h('div', { className: 'recording-controls' }, record, clock),
      preview,
      h('div', { className: 'field-foot' }, available ? h('label', { for: 'recording-file', className: 'link-button' }, 'Open an audio file') : null, file),
      problem));

  return {
    element,
    /** The recording to send, or null (with the reason shown) when there is none yet. */
    recording(): { blob: Blob; name: string } | null {
      if (recorder.recording) say('Stop the recording first.');
      else if (!chosen) say(available ? 'Record your story, or open an audio file, first.' : 'This server cannot make books from recordings.');
      return recorder.recording ? null : chosen;
    },
  };
}
