/** A file of the built site, in memory: path relative to the output folder, with "/" separators. */
export interface OutputFile {
  path: string;
  contents: string | Uint8Array;
}

/** Size in bytes of an output file's contents. */
export function byteLength(f: OutputFile): number {
  return typeof f.contents === 'string' ? Buffer.byteLength(f.contents) : f.contents.byteLength;
}
