import { cpSync } from 'node:fs';
import path from 'node:path';
import type { Event } from '../../src/events/Event.js';
import { TEMPLATES_DIR } from '../../src/paths.js';
import { parseIsoWeek } from '../../src/time/isoWeek.js';
import { tempDir } from '../helpers.js';

export const w20 = parseIsoWeek('2024-W20')!;

/** An event with sensible defaults, for render tests. */
export const ev = (over: Partial<Event>): Event => ({
  id: 'e1', kind: 'visit', title: 'A visit', start: '2024-05-16', end: '2024-05-17', precision: 'day', approximate: false, status: 'scheduled',
  actors: [{ name: 'Vladimir Putin', kind: 'person' }], places: [{ name: 'China', kind: 'country' }],
  sources: [{ article: 'test', quote: 'He will visit.', offset: 0 }], relations: [], dateBasis: 'stated', ...over,
});

/** Text that must never become markup in any output. */
export const HOSTILE = 'Tom & Jerry <script>alert(1)</script> </mj-text><mj-raw><b>bold</b></mj-raw> *stars* _under_ | pipe [link](http://x) ~~del~~ &amp; `code`';

/** A copy of templates/ in a temporary folder, to break on purpose. */
export function templatesCopy(): string {
  const dir = path.join(tempDir('geodigest-templates-'), 'templates');
  cpSync(TEMPLATES_DIR, dir, { recursive: true });
  return dir;
}
