// Every file of a built folder also written brotli (quality 11) and gzip (level 9) compressed, beside
// it (`index.js.br`, `index.js.gz`): the host sends the best one the browser accepts, with nothing to
// compress per request.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** What gains from compression: text formats (images and fonts of the build are compressed already). */
const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.json', '.svg', '.html', '.txt', '.map']);

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Writes the `.br` and `.gz` of each compressible file under `dir` that lacks them. */
export function precompressFolder(dir) {
  for (const file of filesUnder(dir)) {
    if (!COMPRESSIBLE.has(extname(file))) continue;
    const data = readFileSync(file);
    if (!existsSync(`${file}.br`)) {
      writeFileSync(
        `${file}.br`,
        brotliCompressSync(data, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 11,
            [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          },
        }),
      );
    }
    if (!existsSync(`${file}.gz`)) writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
  }
}
