import { recordingType } from './recording-formats';

export interface FinishedRecording {
  blob: Blob;
  mimeType: string;
  durationMs: number;
}

/**
 * The microphone through MediaRecorder: start asks for permission and records; stop gives the
 * recording and lets the microphone go. Explains in plain words when the browser cannot record.
 */
export class MicrophoneRecorder {
  private recorder: MediaRecorder | null = null;
  private stream: MediaStream | null = null;
  private chunks: Blob[] = [];
  private startedAt = 0;

  static available(): boolean {
    return typeof MediaRecorder !== 'undefined' && Boolean(navigator.mediaDevices?.getUserMedia);
  }

  get recording(): boolean {
    return this.recorder?.state === 'recording';
  }

  elapsedMs(): number {
    return this.recording ? Date.now() - this.startedAt : 0;
  }

  async start(): Promise<void> {
    if (!MicrophoneRecorder.available()) throw new Error('This browser cannot record here. Recording needs a microphone and a page served over https or from localhost; you can open an audio file instead.');
    try {
      this.stream = await navigator.mediaDevices.getUserMedia({ audio: { echoCancellation: true, noiseSuppression: true } });
    } catch (error) {
      const name = (error as DOMException)?.name;
      throw new Error(name === 'NotAllowedError' ? 'The browser was not allowed to use the microphone. Allow it for this page and press Record again.' : name === 'NotFoundError' ? 'No microphone was found.' : `The microphone could not be opened (${(error as Error).message}).`);
    }
    const type = recordingType((candidate) => MediaRecorder.isTypeSupported(candidate));
    this.recorder = new MediaRecorder(this.stream, type ? { mimeType: type } : undefined);
    this.chunks = [];
    this.recorder.addEventListener('dataavailable', (event) => {
      if (event.data.size > 0) this.chunks.push(event.data);
    });
    this.startedAt = Date.now();
    // A chunk a second, so a long recording is not held in one piece until the end.
    this.recorder.start(1000);
  }

  stop(): Promise<FinishedRecording> {
    const recorder = this.recorder;
    if (!recorder) return Promise.reject(new Error('nothing is being recorded'));
    const durationMs = Date.now() - this.startedAt;
    return new Promise((resolve) => {
      recorder.addEventListener('stop', () => {
        this.stream?.getTracks().forEach((track) => track.stop());
        this.stream = null;
        this.recorder = null;
        const mimeType = recorder.mimeType || 'audio/webm';
        resolve({ blob: new Blob(this.chunks, { type: mimeType }), mimeType, durationMs });
      }, { once: true });
      recorder.stop();
    });
  }
}
