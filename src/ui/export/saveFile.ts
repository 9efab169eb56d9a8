import { rasterScale, svgSize } from './exportFormats.ts';

// The browser side of exporting: a file saved from memory (object URL + <a download>), and an SVG drawn
// onto a canvas to become a PNG. Nothing goes over the network; the URLs made here are revoked after use.

/** How long the saved file's URL lives: the browser reads it after the click, in its own time. */
const URL_LIFETIME_MS = 10_000;

/** Offers `blob` to the user as a download named `fileName`. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), URL_LIFETIME_MS);
}

/** The SVG document drawn as a PNG at `rasterScale` times its size; rejects with the browser's reason. */
export async function pngOfSvg(svgText: string): Promise<Blob> {
  const size = svgSize(svgText);
  if (!size) throw new Error('the graph has no size to draw (is it hidden?)');
  const scale = rasterScale(size, window.devicePixelRatio);
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = await loadedImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(size.width * scale);
    canvas.height = Math.round(size.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('the browser has no canvas to draw on');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    // toBlob throws a SecurityError on a tainted canvas; exportFailure explains it.
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the browser could not encode the picture'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

function loadedImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the browser could not read the drawing as an image'));
    image.src = url;
  });
}
