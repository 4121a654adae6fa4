import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** A file to write: a name relative to the output folder and its content. */
export interface OutputFile {
  name: string;
  content: string | Uint8Array;
}

/**
 * Writes files into a folder (created as needed), each atomically: written to a temporary file in
 * the same folder, then renamed, so a crash never leaves half a digest. Returns the paths written.
 */
export async function writeFiles(dir: string, files: readonly OutputFile[]): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const f of files) {
    const target = path.join(dir, f.name);
    await mkdir(path.dirname(target), { recursive: true });
    const tmp = `${target}.${process.pid}.tmp`;
    await writeFile(tmp, f.content);
    await rename(tmp, target);
    written.push(target);
  }
  return written;
}
