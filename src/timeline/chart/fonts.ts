/**
 * The font the picture is drawn with. Skia reads the system's fonts (fontconfig); the first of DejaVu Sans,
 * Liberation Sans, Noto Sans, Arial, Helvetica, Roboto, Open Sans that is installed is used, else one is loaded
 * from a usual path, else any family that is not monospace or symbols. On a machine with no fonts at all (a bare
 * container) text cannot be drawn: install one (Debian: fonts-dejavu-core) or pass `fontFile`.
 */
import { GlobalFonts } from '@napi-rs/canvas';

const PREFERRED_FAMILIES = ['DejaVu Sans', 'Liberation Sans', 'Noto Sans', 'Arial', 'Helvetica', 'Roboto', 'Open Sans'];
const FONT_PATHS = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/TTF/DejaVuSans.ttf',
  '/usr/share/fonts/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
  '/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf',
  '/usr/share/fonts/noto/NotoSans-Regular.ttf',
  '/System/Library/Fonts/Supplemental/Arial.ttf',
  '/Library/Fonts/Arial.ttf',
  'C:\\Windows\\Fonts\\arial.ttf',
];
/** The family name a font loaded from a file is registered under. */
const LOADED_FAMILY = 'Timeline Chart Font';

let chosenFamily: string | undefined;
/** Font files registered so far and whether they loaded (registering one again on every picture would leak). */
const registeredFiles = new Map<string, boolean>();

/**
 * The font family to draw with (see the module comment); registers `fontFile` first when given.
 *
 * @example ctx.font = `20px "${chartFontFamily()}"`
 */
export function chartFontFamily(fontFile?: string): string {
  if (fontFile) {
    let loaded = registeredFiles.get(fontFile);
    if (loaded === undefined) {
      loaded = Boolean(GlobalFonts.registerFromPath(fontFile, LOADED_FAMILY));
      registeredFiles.set(fontFile, loaded);
    }
    if (loaded) return LOADED_FAMILY;
  }
  if (chosenFamily) return chosenFamily;
  const installed = new Set(GlobalFonts.families.map((f) => f.family));
  let family = PREFERRED_FAMILIES.find((f) => installed.has(f));
  if (!family) {
    for (const path of FONT_PATHS) {
      try {
        if (GlobalFonts.registerFromPath(path, LOADED_FAMILY)) {
          family = LOADED_FAMILY;
          break;
        }
      } catch {
        // not there: try the next one
      }
    }
  }
  family ??= [...installed].find((f) => !/mono|math|emoji|symbol/i.test(f)) ?? 'sans-serif';
  chosenFamily = family;
  return family;
}

/** A CSS font string for the canvas. */
export function cssFont(size: number, bold: boolean, family: string): string {
  return `${bold ? 'bold ' : ''}${size}px "${family}"`;
}
