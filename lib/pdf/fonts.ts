import { fileURLToPath } from 'node:url';
import { Font } from '@react-pdf/renderer';

/**
 * Noto Sans 2.015 (SIL OFL 1.1, see fonts/OFL.txt), full static TTFs committed beside this file.
 * It covers Cyrillic with every Kazakh letter (ә ғ қ ң ө ұ ү һ і) and the tenge sign ₸, and is
 * the face the web pages use. react-pdf reads the @fontsource/noto-sans woff2 files, but they are
 * unicode-range subsets and it takes one file per weight: the "cyrillic" subset lacks ә ғ қ ң ө ү һ,
 * "cyrillic-ext" lacks а–я, neither has ₸. Read from disk only: STACK.md forbids fonts from the
 * network.
 */
export const PDF_FONT_FAMILY = 'Noto Sans';

// `new URL(…, import.meta.url)` finds the files beside the source under tsx and vitest, and makes
// Turbopack emit them into the server build's assets for `next start`.
const regular = new URL('./fonts/NotoSans-Regular.ttf', import.meta.url);
const bold = new URL('./fonts/NotoSans-Bold.ttf', import.meta.url);

let registered = false;

/** Registers the PDF font once per thread (react-pdf keeps fonts in a module-level registry). */
export function registerPdfFonts(): void {
  if (registered) return;
  Font.register({
    family: PDF_FONT_FAMILY,
    fonts: [
      { src: fileURLToPath(regular), fontWeight: 400 },
      { src: fileURLToPath(bold), fontWeight: 700 },
    ],
  });
  // react-pdf's default hyphenation uses English patterns, which break Russian and Kazakh words
  // in wrong places; whole words wrap instead.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}
