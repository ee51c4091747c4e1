import { canTranscribe, clockTime, recordingFileName, recordingType } from './recording-formats';

describe('recording in the browser', () => {
  it('asks for Opus in WebM where the browser has it, else Ogg, else MP4, else its default', () => {
    expect(recordingType((type) => type.startsWith('audio/webm'))).toBe('audio/webm;codecs=opus');
    expect(recordingType((type) => type === 'audio/mp4')).toBe('audio/mp4');
    expect(recordingType(() => false)).toBe('');
  });

  it('names the file after what was recorded', () => {
    expect(recordingFileName('audio/webm;codecs=opus')).toBe('recording.webm');
    expect(recordingFileName('audio/ogg;codecs=opus')).toBe('recording.ogg');
    expect(recordingFileName('audio/mp4')).toBe('recording.m4a');
    expect(recordingFileName('')).toBe('recording.webm');
  });

  it('shows minutes and seconds', () => {
    expect([clockTime(0), clockTime(9_999), clockTime(75_000), clockTime(600_000)]).toEqual(['0:00', '0:09', '1:15', '10:00']);
  });

  it('knows whether the server has a transcriber', () => {
    expect(canTranscribe([{ capability: 'transcriber', provider: 'none' }])).toBe(false);
    expect(canTranscribe([{ capability: 'writer', provider: 'openai' }, { capability: 'transcriber', provider: 'azure' }])).toBe(true);
  });
});
