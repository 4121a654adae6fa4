import { describe, expect, it } from 'vitest';
import { renderSubject } from '../../src/deliver/renderSubject.js';

const view = { week: '2024-W20', title: 'The week in geopolitics', headlines: ['Putin visits China', 'Lai sworn in as Taiwan president', 'EU summit on Ukraine aid'] };

describe('renderSubject', () => {
  it('fills {week} and as many {top} headlines as fit, with " · …" for the rest', () => {
    expect(renderSubject('{week} · {top}', { ...view, maxLength: 32 })).toBe('Week 20 · Putin visits China · …');
    expect(renderSubject('{week} · {top}', { ...view, maxLength: 70 })).toBe('Week 20 · Putin visits China · Lai sworn in as Taiwan president · …');
    expect(renderSubject('{week} · {top}', { ...view, maxLength: 200 })).toBe('Week 20 · Putin visits China · Lai sworn in as Taiwan president · EU summit on Ukraine aid');
  });

  it('cuts a single long headline at a word, with an ellipsis', () => {
    const s = renderSubject('{week} · {top}', { ...view, headlines: ['Chinese Foreign Ministry says Vladimir Putin will make a two-day state visit to China'], maxLength: 50 });
    expect(s).toBe('Week 20 · Chinese Foreign Ministry says Vladimir…');
    expect(s.length).toBeLessThanOrEqual(50);
  });

  it('knows {title}, {id} and {dates}; collapses whitespace from the data', () => {
    expect(renderSubject('{title}: {id} ({dates})', view)).toBe('The week in geopolitics: 2024-W20 (13–19 May 2024)');
    expect(renderSubject('{top}', { ...view, headlines: ['Two\nlines\r\n  here'] })).toBe('Two lines here');
    expect(renderSubject('{week} · {top}', { ...view, headlines: [] })).toBe('Week 20 · no dated events');
  });

  it('refuses unknown placeholders and line breaks in the template', () => {
    expect(() => renderSubject('{week} {topp}', view)).toThrow(/uses \{topp\}; the placeholders are \{week\} \{top\}/);
    expect(() => renderSubject('{week}\r\nBcc: x@example.com', view)).toThrow(/line break/);
  });
});
