/**
 * One <audio> element for the whole book, and the animation-frame loop that reports where the
 * narration is. Reading `currentTime` every frame (rather than on `timeupdate`, which fires only
 * a few times a second) keeps the highlighted word in step with the voice.
 */
export class Narration {
  readonly audio: HTMLAudioElement;
  private source: string | null = null;
  private frame = 0;

  constructor(
    private readonly onTime: (timeMs: number) => void,
    private readonly onEnded: () => void,
  ) {
    this.audio = document.createElement('audio');
    this.audio.className = 'sb-audio';
    this.audio.preload = 'auto';
    this.audio.addEventListener('ended', () => {
      this.stopLoop();
      this.onEnded();
    });
  }

  get timeMs(): number {
    return this.audio.currentTime * 1000;
  }

  /** Whether `url` is loaded and has not played to its end, so play() would carry on from there. */
  canResume(url: string): boolean {
    return this.source === url && !this.audio.ended;
  }

  /** Plays `url` from the start, or carries on where it was paused. */
  play(url: string, rate: number): Promise<void> {
    if (this.source !== url) {
      this.source = url;
      this.audio.src = url;
    } else if (this.audio.ended) {
      this.audio.currentTime = 0;
    }
    this.setRate(rate);
    this.startLoop();
    return this.audio.play().catch((error: unknown) => {
      this.stopLoop();
      throw error;
    });
  }

  pause(): void {
    this.audio.pause();
    this.stopLoop();
  }

  /** Pauses and rewinds, so the next play() starts the page from its first word. */
  rewind(): void {
    this.pause();
    if (this.source !== null && this.audio.currentTime !== 0) this.audio.currentTime = 0;
  }

  /** Changing the source resets playbackRate to defaultPlaybackRate, so both are set. */
  setRate(rate: number): void {
    this.audio.defaultPlaybackRate = rate;
    this.audio.playbackRate = rate;
  }

  destroy(): void {
    this.pause();
    this.audio.removeAttribute('src');
    this.audio.load();
    this.source = null;
  }

  private startLoop(): void {
    this.stopLoop();
    const tick = () => {
      this.onTime(this.timeMs);
      this.frame = requestAnimationFrame(tick);
    };
    this.frame = requestAnimationFrame(tick);
  }

  private stopLoop(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }
}
