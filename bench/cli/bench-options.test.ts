import { BENCHMARK_NAMES, BenchUsageError, parseBenchOptions } from './bench-options';

describe('parseBenchOptions', () => {
  it('runs everything as a table by default', () => {
    expect(parseBenchOptions([])).toEqual({ json: false, quick: false, only: [...BENCHMARK_NAMES], help: false });
  });

  it('reads --json, --quick and --only in either spelling, keeping the run order', () => {
    expect(parseBenchOptions(['--json', '--only', 'video,planner', '--quick'])).toEqual({ json: true, quick: true, only: ['video', 'planner'], help: false });
    expect(parseBenchOptions(['--only=server']).only).toEqual(['server']);
    expect(parseBenchOptions(['--only', ' Planner , planner']).only).toEqual(['planner']);
  });

  it('refuses unknown options and benchmark names', () => {
    expect(() => parseBenchOptions(['--fast'])).toThrow(BenchUsageError);
    expect(() => parseBenchOptions(['--only', 'planer'])).toThrow(/unknown benchmark "planer"/);
    expect(() => parseBenchOptions(['--only'])).toThrow(/needs a list/);
    expect(() => parseBenchOptions(['--only', ','])).toThrow(/at least one/);
  });
});
