// qrcode's own SVG writer, which its toString({ type: 'svg' }) calls after making the code: called here
// with a code already made (src/build/qr.ts). @types/qrcode describes the package's entry point only.
declare module 'qrcode/lib/renderer/svg-tag.js' {
  import type { QRCode, QRCodeRenderersOptions } from 'qrcode';
  export function render(code: QRCode, options?: QRCodeRenderersOptions): string;
}
