import type { Source } from '../schema/source.ts';

/**
 * A document cited the way Chinese official documents are: issuer, 《title》,
 * document number, then the section cited — each only where the document gives it.
 * It stays in Chinese in every language: it names a Chinese text.
 * @example citation(quanzhou, '一、整体并入') // '泉州市人民政府办公室《泉州市人民政府办公室关于印发…的通知》泉政办〔2021〕53号，一、整体并入'
 */
export function citation(source: Pick<Source, 'issuer' | 'title' | 'documentNumber'>, section?: string): string {
  return `${source.issuer ?? ''}《${source.title}》${source.documentNumber ?? ''}${section ? `，${section}` : ''}`;
}
