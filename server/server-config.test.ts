import path from 'node:path';
import { readServerConfig } from './server-config';

describe('readServerConfig', () => {
  it('fills the defaults: port 3000 on loopback, ./data, two books at once', () => {
    expect(readServerConfig({}, '/srv/app')).toEqual({ port: 3000, host: '127.0.0.1', dataDir: path.resolve('/srv/app/data'), booksAtOnce: 2 });
  });

  it('takes PORT, HOST, DATA_DIR and STORYLOOM_BOOKS_AT_ONCE', () => {
    expect(readServerConfig({ PORT: '8080', HOST: '0.0.0.0', DATA_DIR: '/var/books', STORYLOOM_BOOKS_AT_ONCE: '3' }, '/srv')).toEqual({ port: 8080, host: '0.0.0.0', dataDir: '/var/books', booksAtOnce: 3 });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT must be a whole number from 0 to 65535, not "eighty"'],
    [{ PORT: '70000' }, 'PORT must be a whole number from 0 to 65535, not "70000"'],
    [{ STORYLOOM_BOOKS_AT_ONCE: '0' }, 'STORYLOOM_BOOKS_AT_ONCE must be a whole number from 1 to 16, not "0"'],
  ])('refuses %p', (env, message) => {
    expect(() => readServerConfig(env)).toThrow(message);
  });
});
