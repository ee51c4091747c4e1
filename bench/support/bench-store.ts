import { BookStore } from '../../pipeline/book-store';
import { temporaryFolder } from '../../tests/support/temporary-folder';

/** Runs `work` with a book store in a fresh temporary folder, removed afterwards whatever happens. */
export async function withBenchStore<T>(work: (store: BookStore, dir: string) => Promise<T>): Promise<T> {
  const temporary = await temporaryFolder('storyloom-bench-');
  try {
    return await work(new BookStore(temporary.dir), temporary.dir);
  } finally {
    await temporary.remove();
  }
}
