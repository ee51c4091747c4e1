import { firstReason, StderrTail } from './stderr-tail';

describe('StderrTail', () => {
  it('keeps every line of a short stderr, joining lines split across chunks', () => {
    const tail = new StderrTail();
    tail.push('[png @ 0x55eb] Invalid PNG sig');
    tail.push('nature.\r\nError while decoding stream #1:0\n\n');
    tail.push('Conversion failed!');
    expect(tail.lines()).toEqual(['[png @ 0x55eb] Invalid PNG signature.', 'Error while decoding stream #1:0', 'Conversion failed!']);
  });

  it('keeps the first and last lines of a long stderr and marks the gap', () => {
    const tail = new StderrTail(2, 3);
    for (let index = 1; index <= 10; index++) tail.push(`line ${index}\n`);
    expect(tail.lines()).toEqual(['line 1', 'line 2', '… 5 lines left out …', 'line 8', 'line 9', 'line 10']);
  });
});

describe('firstReason', () => {
  it('drops the "[component @ address]" prefix', () => {
    expect(firstReason(['[png @ 0x55ebdf399400] Invalid PNG signature 0x7468.', 'Conversion failed!'])).toBe('Invalid PNG signature 0x7468.');
    expect(firstReason(['/book/missing.png: No such file or directory'])).toBe('/book/missing.png: No such file or directory');
    expect(firstReason([])).toBeNull();
  });
});
