import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/Diagnostic.js';
import { ARTICLE_EXTENSIONS, articleFormatOf } from './articleFormatOf.js';

/** The article files of an input folder, and what could not be walked. */
export interface InputFiles {
  files: string[];
  diagnostics: Diagnostic[];
  /** Entries with an article extension that cannot be read at all (each has an error). */
  skipped: number;
}

/**
 * Lists the article files under a folder, recursively and in name order, following symbolic
 * links: a link back to a folder already being read (a loop) is a warning and is not followed
 * again; a link to nothing, or to itself, is an error; a named pipe, socket or device with an
 * article extension is an error and is never opened. Hidden entries and `README.md`/`README.txt`
 * are left out; files with other extensions are listed as info. Folders that cannot be read are
 * errors; the walk goes on.
 */
export async function listInputFiles(dir: string): Promise<InputFiles> {
  const out: InputFiles = { files: [], diagnostics: [], skipped: 0 };
  const note = (file: string, severity: Diagnostic['severity'], ruleId: string, message: string) => {
    out.diagnostics.push({ file, line: 1, column: 1, severity, ruleId, message });
    if (severity === 'error') out.skipped++;
  };
  const unsupported: string[] = [];
  const walk = async (folder: string, real: string, seen: ReadonlyMap<string, string>): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (err) {
      note(folder, 'error', 'unreadable', `cannot read the folder (${(err as NodeJS.ErrnoException).code ?? 'error'}); check its permissions`);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const inside = new Map(seen).set(real, folder);
    for (const e of entries) {
      if (e.name.startsWith('.') || /^readme\.(?:md|txt)$/i.test(e.name)) continue;
      const full = path.join(folder, e.name);
      const isArticle = articleFormatOf(e.name) !== undefined;
      let kind: 'dir' | 'file' | 'other' = e.isDirectory() ? 'dir' : e.isFile() ? 'file' : 'other';
      let target = full;
      if (e.isSymbolicLink()) {
        try {
          const s = await stat(full);
          target = await realpath(full);
          kind = s.isDirectory() ? 'dir' : s.isFile() ? 'file' : 'other';
        } catch (err) {
          const code = (err as NodeJS.ErrnoException).code;
          if (code === 'ELOOP') note(full, 'error', 'symlink-loop', 'a symbolic link that leads back to itself; it was not read (remove it or point it at an article)');
          else if (code === 'ENOENT') note(full, isArticle ? 'error' : 'warning', 'broken-link', 'a symbolic link to nothing (its target was moved or deleted); it was not read');
          else note(full, 'error', 'unreadable', `cannot follow the symbolic link (${code ?? 'error'})`);
          continue;
        }
      }
      if (kind === 'dir') {
        const realDir = e.isSymbolicLink() ? target : await realpath(full).catch(() => full);
        const loop = seen.get(realDir) ?? (realDir === real ? folder : undefined);
        if (loop !== undefined) {
          note(full, 'warning', 'symlink-loop', `a symbolic link back to ${loop}, which is already being read; not followed again`);
          continue;
        }
        await walk(full, realDir, inside);
      } else if (kind === 'file') {
        if (isArticle) out.files.push(full);
        else unsupported.push(full);
      } else if (isArticle) {
        // Never opened: reading a FIFO blocks until someone writes to it.
        note(full, 'error', 'not-a-file', 'not a regular file (a named pipe, socket or device); it was not read');
      }
    }
  };
  await walk(dir, await realpath(dir).catch(() => dir), new Map());
  if (unsupported.length) {
    const shown = unsupported.slice(0, 5).map((f) => path.relative(dir, f)).join(', ');
    note(unsupported[0]!, 'info', 'unsupported-file', `${unsupported.length} file${unsupported.length === 1 ? '' : 's'} not read, not an article format (${shown}${unsupported.length > 5 ? ', …' : ''}); geodigest reads ${ARTICLE_EXTENSIONS.join(' ')}`);
  }
  return out;
}
