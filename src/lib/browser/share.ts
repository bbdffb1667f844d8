/**
 * 分享: the system share sheet (Web Share API) with the page's address and its verdict; where
 * there is none (WeChat's browser, most desktops) the verdict and the address are copied together,
 * so what is pasted into a chat still says the answer.
 */

/** What came of a press: shared, given up by the citizen in the sheet, copied, or neither. */
export type ShareOutcome = 'shared' | 'cancelled' | 'copied' | 'failed';

/** The parts of `navigator` used, so tests can hand in their own. */
export type ShareNavigator = Partial<Pick<Navigator, 'share' | 'canShare' | 'clipboard'>>;

/**
 * Shares through the system sheet when there is one and it takes the data; otherwise, or when the
 * sheet fails for another reason than the citizen closing it, copies `copy` (the verdict with the address).
 * @param copyBySelection the last resort for browsers without the clipboard API (an old engine), true when it copied
 * @example await shareOrCopy({ title, text: '已停用，请拨打 12345', url }, `已停用，请拨打 12345 — ${url}`, {}, () => true) // 'copied'
 */
export async function shareOrCopy(data: ShareData & { url: string }, copy: string, nav: ShareNavigator, copyBySelection: (text: string) => boolean): Promise<ShareOutcome> {
  if (nav.share && (!nav.canShare || nav.canShare(data))) {
    try {
      await nav.share(data);
      return 'shared';
    } catch (error) {
      if (error instanceof Error && error.name === 'AbortError') return 'cancelled';
    }
  }
  try {
    if (!nav.clipboard) throw new Error('no clipboard');
    await nav.clipboard.writeText(copy);
    return 'copied';
  } catch {
    return copyBySelection(copy) ? 'copied' : 'failed';
  }
}

/** Copies text the old way, through a selected field: for browsers without navigator.clipboard. */
export function copyBySelection(text: string): boolean {
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.style.position = 'fixed';
  field.style.opacity = '0';
  document.body.append(field);
  field.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    field.remove();
  }
}

/** The page's own address, without the anchor a link may have opened it at. */
export function pageAddress(location: Pick<Location, 'href'>): string {
  const url = new URL(location.href);
  url.hash = '';
  return url.href;
}
