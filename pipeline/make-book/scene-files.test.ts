import { extensionFor, sceneFile, sceneNumber } from './scene-files';

describe('scene files', () => {
  it('numbers scenes from 1 with two digits, three over 99 scenes', () => {
    expect(sceneNumber(0, 12)).toBe('01');
    expect(sceneNumber(11, 12)).toBe('12');
    expect(sceneNumber(98, 99)).toBe('99');
    expect(sceneNumber(0, 100)).toBe('001');
    expect(sceneNumber(199, 200)).toBe('200');
  });

  it('takes the extension from the media type', () => {
    expect(sceneFile(2, 5, 'image/png')).toBe('scenes/03.png');
    expect(sceneFile(2, 5, 'audio/wav')).toBe('scenes/03.wav');
    expect(sceneFile(2, 5, 'audio/mpeg')).toBe('scenes/03.mp3');
    expect(extensionFor('image/JPEG')).toBe('jpg');
  });

  it('refuses a media type it cannot name', () => {
    expect(() => extensionFor('video/x-unknown')).toThrow('no file extension is known for video/x-unknown');
  });
});
