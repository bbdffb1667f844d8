import { describe, expect, it } from 'vitest';
import { cellEntries, enumerated } from '../../../src/lib/import/entries.ts';

describe('cellEntries', () => {
  it('reads a number with the name printed after it, and an alias in brackets', () => {
    expect(cellEntries('12396 科技公益服务').entries).toEqual([{ number: '12396', aliases: [], name: '科技公益服务' }]);
    expect(cellEntries('12393 (96618)').entries).toEqual([{ number: '12393', aliases: ['96618'], name: null }]);
    expect(cellEntries('12393（96618）医保').entries).toEqual([{ number: '12393', aliases: ['96618'], name: '医保' }]);
  });

  it('reads a cell that lists several lines, its label before them, a number repeated in its own name, and not 12345', () => {
    const cell = '<p>国家部委设立的热线：</p> <p>12396 科技电话</p> <p>12367 国家移民管理局 12367 咨询服务热线</p> <p>12315 并入 12345 热线</p>';
    expect(cellEntries(cell)).toEqual({
      label: '国家部委设立的热线',
      entries: [
        { number: '12396', aliases: [], name: '科技电话' },
        { number: '12367', aliases: [], name: '国家移民管理局 12367 咨询服务热线' },
        { number: '12315', aliases: [], name: '并入 12345 热线' },
      ],
    });
    expect(cellEntries('/')).toEqual({ label: '/', entries: [] });
  });
});

describe('enumerated', () => {
  it('reads each run of numbers a sentence joins by 、, and a last item cut short', () => {
    expect(enumerated('取消12300、12301、96119共3条，将话务座席统一归并到市级12345热线')).toEqual([{ numbers: ['12300', '12301', '96119'], cutOff: null, at: 2 }]);
    expect(enumerated('保留12315、12316、123')).toEqual([{ numbers: ['12315', '12316'], cutOff: '123', at: 2 }]);
    expect(enumerated('除110、119、120、122等紧急热线外')).toEqual([{ numbers: [], cutOff: '122', at: 1 }]);
    expect(enumerated('12345热线与12369联动')).toEqual([]);
  });
});
