import { parseChildren, parseProcStat, parseSchedstat, parseStatusBytes } from './proc-files';

describe('/proc parsers', () => {
  it('reads a stat line whose command holds spaces and parentheses', () => {
    const line = '4242 (node (worker) x) S 4200 4242 8009 0 -1 4194304 124 0 0 0 250 30 12 3 20 0 9 0 282750 3133440 360';
    expect(parseProcStat(line)).toEqual({ pid: 4242, parentPid: 4200, userTicks: 250, systemTicks: 30, childUserTicks: 12, childSystemTicks: 3 });
  });

  it('reads resident and high-water memory in bytes', () => {
    const status = 'Name:\tnode\nVmHWM:\t  645000 kB\nVmRSS:\t  512000 kB\nThreads:\t11\n';
    expect(parseStatusBytes(status, 'VmRSS')).toBe(512_000 * 1024);
    expect(parseStatusBytes(status, 'VmHWM')).toBe(645_000 * 1024);
    expect(parseStatusBytes('Name:\tffmpeg\nState:\tZ (zombie)\n', 'VmRSS')).toBeNull();
  });

  it('reads child lists, empty or not', () => {
    expect(parseChildren('32174 32180 \n')).toEqual([32174, 32180]);
    expect(parseChildren('')).toEqual([]);
  });

  it('reads run and wait times from schedstat', () => {
    expect(parseSchedstat('295427155 666816207 890\n')).toEqual({ runNs: 295427155, waitNs: 666816207 });
    expect(parseSchedstat('')).toBeNull();
  });
});
