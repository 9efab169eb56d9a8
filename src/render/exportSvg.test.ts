import { describe, expect, it } from 'vitest';
import { styleDeclarations, type Look } from './exportSvg.ts';

// The look of a label under its node, as Chromium computes it in the light theme.
const NODE: Look = {
  display: 'inline',
  opacity: '1',
  fill: 'rgb(0, 0, 0)',
  stroke: 'none',
  'font-family': 'system-ui, sans-serif',
  'font-size': '16px',
  'text-anchor': 'start',
};
const LABEL: Look = { ...NODE, fill: 'rgb(17, 24, 39)', stroke: 'rgb(255, 255, 255)', 'font-size': '12px', 'text-anchor': 'middle' };
const noAttribute = () => false;

describe('styleDeclarations', () => {
  it('writes what a child changes from its parent, and nothing it inherits as is', () => {
    expect(styleDeclarations(LABEL, NODE, noAttribute)).toBe('fill:rgb(17, 24, 39);stroke:rgb(255, 255, 255);font-size:12px;text-anchor:middle');
  });

  it('writes an own property only away from its default: a hidden label, a dimmed node', () => {
    expect(styleDeclarations({ ...LABEL, display: 'none' }, LABEL, noAttribute)).toBe('display:none');
    expect(styleDeclarations({ ...NODE, opacity: '0.14' }, NODE, noAttribute)).toBe('opacity:0.14');
  });

  it('writes every inherited property on the root', () => {
    expect(styleDeclarations(NODE, null, noAttribute)).toBe(
      'fill:rgb(0, 0, 0);stroke:none;font-family:system-ui, sans-serif;font-size:16px;text-anchor:start',
    );
  });

  it('keeps a value the stylesheet set over a presentation attribute of the same name', () => {
    // <path stroke="#0b5cad"> drawn with the parent's stroke by a CSS rule: the attribute must not win in the file.
    expect(styleDeclarations(NODE, NODE, (name) => name === 'stroke')).toBe('stroke:none');
  });
});
