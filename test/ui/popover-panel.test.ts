/**
 * The glossary dialog and the ticker's list of every headline share one panel look, `.popover-panel` in
 * src/ui/popover.css (the ticker's list had copied the glossary's rules): neither stylesheet declares the
 * panel's background, text colour, border, corner radius or overflow for itself again, and both elements carry
 * the shared classes. The computed look is compared in the browser by test/browser/popover-panel.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const SHARED = ['overflow', 'background', 'color', 'border', 'border-radius'];
const HEAD = ['display', 'justify-content', 'align-items', 'gap'];

/** The declarations of the rules whose selector is exactly `selector` in a stylesheet. */
function declarations(file: string, selector: string): string[] {
  const css = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const out: string[] = [];
  for (const m of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (m[1]?.trim() !== selector) continue;
    for (const d of (m[2] ?? '').split(';')) {
      const prop = d.split(':')[0]?.trim();
      if (prop) out.push(prop);
    }
  }
  return out;
}

describe('one panel look for the glossary and the headline list', () => {
  it('popover.css holds the panel look and the title row', () => {
    expect(declarations('src/ui/popover.css', '.popover-panel')).toEqual(expect.arrayContaining(SHARED));
    expect(declarations('src/ui/popover.css', '.popover-head')).toEqual(expect.arrayContaining(HEAD));
  });

  it('neither panel repeats it', () => {
    const panel = [
      ...declarations('src/ui/glossary.css', '.glossary').map((p) => `.glossary ${p}`),
      ...declarations('src/ui/ticker.css', '.ticker-list').map((p) => `.ticker-list ${p}`),
    ].filter((x) => SHARED.includes(x.split(' ').pop() ?? ''));
    expect(panel).toEqual([]);
    // The title row's layout (the glossary's sticky head keeps its own background and border).
    const head = [
      ...declarations('src/ui/glossary.css', '.glossary .gloss-head').map((p) => `.gloss-head ${p}`),
      ...declarations('src/ui/ticker.css', '.ticker-list-head').map((p) => `.ticker-list-head ${p}`),
    ].filter((x) => HEAD.includes(x.split(' ').pop() ?? ''));
    expect(head).toEqual([]);
  });

  it('both elements carry the shared classes', () => {
    for (const file of ['src/ui/glossary.ts', 'src/ui/ticker.ts']) {
      const src = readFileSync(file, 'utf8');
      expect(src, file).toMatch(/class: '[^']*\bpopover-panel\b/);
      expect(src, file).toMatch(/class: '[^']*\bpopover-head\b/);
      expect(src, file).toContain("import './popover.css';");
    }
  });
});
