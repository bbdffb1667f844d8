import { describe, expect, it } from 'vitest';
import { sourceFacts } from '../../../src/lib/import/source-facts.ts';

describe('sourceFacts', () => {
  it('reads the title, issuer, 文号 and date where the document prints them on lines of their own', () => {
    const text = '泉州市人民政府办公室文件\n\n泉政办〔2021〕53号\n\n泉州市人民政府办公室关于印发泉州市政务服务便民热线归并工作方案的通知\n根据《…》（闽政办〔2021〕57号）要求\n2021年11月30日\n';
    expect(sourceFacts(text)).toEqual({
      title: { text: '泉州市人民政府办公室关于印发泉州市政务服务便民热线归并工作方案的通知', line: 5 },
      issuer: '泉州市人民政府办公室',
      documentNumber: '泉政办〔2021〕53号',
      date: '2021-11-30',
    });
  });

  it('joins a title a page broke between Chinese words, and takes a list’s own title over an 附件 line', () => {
    expect(sourceFacts('广西壮族自治区人民政府办公厅关于印发 广西进一步推进 归并工作方案的通知').title?.text).toBe('广西壮族自治区人民政府办公厅关于印发广西进一步推进归并工作方案的通知');
    expect(sourceFacts('附件：省级 12345 热线归并优化任务清单\n## 省级 12345 热线归并优化任务清单').title).toEqual({ text: '省级 12345 热线归并优化任务清单', line: 2 });
  });

  it('gives null for what the document does not print, and never reads a 文号 it only cites', () => {
    expect(sourceFacts('根据（国办发〔2020〕53号）精神\n序号\t号码')).toEqual({ title: null, issuer: null, documentNumber: null, date: null });
  });
});
