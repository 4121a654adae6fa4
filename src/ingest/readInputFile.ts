import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

/** A file's bytes, or why they could not be read. */
export type InputFileRead = { bytes: Uint8Array } | { problem: string; ruleId: 'unreadable' | 'not-a-file' | 'too-large' };

const CHUNK = 1 << 20;

/**
 * Reads a file's bytes in 1 MiB chunks into one buffer of the file's size, refusing files larger
 * than `maxBytes` before reading them (and stopping if one grows past it while being read). The
 * file is opened non-blocking and must be a regular file, so a FIFO or a socket in the input
 * folder can never hang the run.
 */
export async function readInputFile(file: string, maxBytes: number): Promise<InputFileRead> {
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    return { ruleId: 'unreadable', problem: `cannot open the file (${codeOf(err)})${hintOf(err)}` };
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return { ruleId: 'not-a-file', problem: `not a regular file (${kindOf(stat)}); it was not read` };
    if (stat.size > maxBytes) return { ruleId: 'too-large', problem: `the file is ${mb(stat.size)}, over the limit of ${mb(maxBytes)}; split it, or raise input.maxFileMegabytes in the config` };
    const buf = Buffer.allocUnsafe(stat.size);
    let at = 0;
    for (;;) {
      if (at === buf.length) {
        // One more byte means the file grew while being read.
        const { bytesRead } = await handle.read(Buffer.alloc(1), 0, 1, at);
        if (bytesRead && at + 1 > maxBytes) return { ruleId: 'too-large', problem: `the file grew past the limit of ${mb(maxBytes)} while being read` };
        if (bytesRead) return readInputFile(file, maxBytes);
        break;
      }
      const { bytesRead } = await handle.read(buf, at, Math.min(CHUNK, buf.length - at), at);
      if (!bytesRead) break;
      at += bytesRead;
    }
    return { bytes: buf.subarray(0, at) };
  } catch (err) {
    return { ruleId: 'unreadable', problem: `cannot read the file (${codeOf(err)})${hintOf(err)}` };
  } finally {
    await handle.close();
  }
}

function codeOf(err: unknown): string {
  return (err as NodeJS.ErrnoException).code ?? (err as Error).message;
}

function hintOf(err: unknown): string {
  switch ((err as NodeJS.ErrnoException).code) {
    case 'EACCES':
    case 'EPERM': return '; check its permissions (chmod a+r)';
    case 'ENOENT': return '; it was removed, or it is a symbolic link to nothing';
    case 'ELOOP': return '; it is a symbolic link that points to itself';
    case 'EIO': return '; the disk or network share failed';
    default: return '';
  }
}

function kindOf(stat: { isFIFO(): boolean; isSocket(): boolean; isDirectory(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isDirectory()) return 'a folder';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'not a file';
}

function mb(bytes: number): string {
  return `${(bytes / (1 << 20)).toFixed(1)} MiB`;
}
