// The fonts embedded in the PDF report: Roboto as shipped inside the pdfmake npm package, so a
// fresh `npm ci` has them with no system font. Roboto covers Latin-1 and Latin Extended-A
// (ü, ø, Ł, ź, ő …), which the accented-names test checks in the rendered PDF.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface FontFiles {
  normal: string;
  bold: string;
  italics: string;
  bolditalics: string;
}

export const FONT_FAMILY = 'Roboto';

/** Absolute paths of the four Roboto faces in node_modules/pdfmake/fonts/Roboto/. */
export function robotoFiles(): FontFiles {
  const descriptor = require('pdfmake/fonts/Roboto.js') as { Roboto: FontFiles };
  return descriptor.Roboto;
}
