import { dialogueSegments } from './dialogue-segments';

export interface SsmlVoice {
  name: string;
  /** An mstts:express-as style the voice has, or none. */
  style?: string;
}

export interface SsmlRequest {
  text: string;
  /** The xml:lang of the document ("en-US"). */
  locale: string;
  narrator: SsmlVoice;
  /** Reads quoted lines when given. */
  dialogue?: SsmlVoice;
  /** 1 is normal speed. */
  rate: number;
  /** An SSML pitch ("-5%", "+2st", "low"); none keeps the voice's own. */
  pitch?: string;
}

export interface BuiltSsml {
  ssml: string;
  /** For each SSML character, the scene-text offset it came from, or -1 for markup. */
  textAt: Int32Array;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** "+20%" for 1.2, "-50%" for 0.5: SSML's relative prosody rate. */
export function prosodyRate(rate: number): string {
  const percent = Math.round((rate - 1) * 100);
  return `${percent >= 0 ? '+' : ''}${percent}%`;
}

/**
 * SSML for one scene, with a map from every SSML character back to the scene text: word
 * boundaries from the service point into the SSML, and this map brings them home. The scene's
 * text goes in unchanged apart from XML escapes, so every spoken word has its own place.
 */
export function buildSsml(request: SsmlRequest): BuiltSsml {
  const parts: string[] = [];
  const offsets: number[] = [];
  const markup = (value: string) => {
    parts.push(value);
    for (let index = 0; index < value.length; index++) offsets.push(-1);
  };
  const content = (from: number, to: number) => {
    for (let at = from; at < to; at++) {
      const piece = ESCAPES[request.text[at]] ?? request.text[at];
      parts.push(piece);
      for (let index = 0; index < piece.length; index++) offsets.push(at);
    }
  };
  const prosody = `<prosody rate="${prosodyRate(request.rate)}"${request.pitch ? ` pitch="${attribute(request.pitch)}"` : ''}>`;
  const open = (voice: SsmlVoice) => `<voice name="${attribute(voice.name)}">${voice.style ? `<mstts:express-as style="${attribute(voice.style)}">` : ''}${prosody}`;
  const close = (voice: SsmlVoice) => `</prosody>${voice.style ? '</mstts:express-as>' : ''}</voice>`;

  markup(`<speak version="1.0" xmlns="http://www.w3.org/2001/10/synthesis" xmlns:mstts="https://www.w3.org/2001/mstts" xml:lang="${attribute(request.locale)}">`);
  const segments = request.dialogue ? dialogueSegments(request.text) : [{ start: 0, end: request.text.length, dialogue: false }];
  // Neighbouring segments for the same voice share one <voice> element.
  let current: SsmlVoice | null = null;
  for (const segment of segments) {
    const voice = segment.dialogue && request.dialogue ? request.dialogue : request.narrator;
    if (voice !== current) {
      if (current) markup(close(current));
      markup(open(voice));
      current = voice;
    }
    content(segment.start, segment.end);
  }
  if (current) markup(close(current));
  markup('</speak>');
  return { ssml: parts.join(''), textAt: Int32Array.from(offsets) };
}
