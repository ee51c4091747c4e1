import { BookFolder } from '../book-folder';
import { newManifest } from '../book-store';
import { newBookId } from '../book-id';
import { temporaryFolder } from '../../tests/support/temporary-folder';
import { ManifestRecorder } from './manifest-recorder';

async function recorderInTemporaryFolder() {
  const temporary = await temporaryFolder();
  const folder = new BookFolder(temporary.dir);
  const manifest = await folder.write(newManifest(newBookId(), { source: { kind: 'text', text: 'Hello.' } }, new Date()));
  return { temporary, folder, recorder: new ManifestRecorder(folder, manifest) };
}

describe('ManifestRecorder', () => {
  it('coalesces many records into few writes and loses none', async () => {
    const { temporary, folder, recorder } = await recorderInTemporaryFolder();
    const records = Array.from({ length: 50 }, (_, index) => recorder.record((manifest) => {
      manifest.warnings.push(`note ${index}`);
    }));
    await Promise.all(records);
    const onDisk = await folder.read();
    expect(onDisk.warnings).toEqual(Array.from({ length: 50 }, (_, index) => `note ${index}`));
    expect(recorder.writes).toBeLessThanOrEqual(3);
    expect(recorder.current.warnings).toHaveLength(50);
    await temporary.remove();
  });

  it('keeps changes others made to the file between writes', async () => {
    const { temporary, folder, recorder } = await recorderInTemporaryFolder();
    await recorder.record((manifest) => { manifest.title = 'Mine'; });
    await folder.update((manifest) => { manifest.warnings.push('theirs'); });
    await recorder.record((manifest) => { manifest.status = 'running'; });
    const onDisk = await folder.read();
    expect(onDisk).toMatchObject({ title: 'Mine', status: 'running', warnings: ['theirs'] });
    await temporary.remove();
  });

  it('resolves a record only once it is on disk', async () => {
    const { temporary, folder, recorder } = await recorderInTemporaryFolder();
    await recorder.record((manifest) => { manifest.title = 'First'; });
    const second = recorder.record((manifest) => { manifest.title = 'Second'; });
    expect(recorder.current.title).toBe('Second');
    await second;
    expect((await folder.read()).title).toBe('Second');
    await recorder.flush();
    await temporary.remove();
  });
});
