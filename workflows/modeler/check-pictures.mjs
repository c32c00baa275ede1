// Fails when a BPMN model has no SVG beside it, or when the SVG shows other elements than the model has (an element
// added, removed or renamed without re-rendering). Text only, no browser, so the Maven build runs it after the lint.
// It cannot see a moved shape or a changed label: re-render with render-svg.mjs whenever a model changes.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bpmnDir = fileURLToPath(new URL('../src/main/resources/bpmn/', import.meta.url));
const ids = (text, attribute) => new Set([...text.matchAll(new RegExp(`${attribute}="([^"]+)"`, 'g'))].map(m => m[1]));

let problems = 0;
for (const file of readdirSync(bpmnDir).filter(name => name.endsWith('.bpmn'))) {
  const svgFile = file.replace(/\.bpmn$/, '.svg');
  if (!existsSync(join(bpmnDir, svgFile))) {
    console.error(`${file}: no ${svgFile} beside it`);
    problems++;
    continue;
  }
  const xml = readFileSync(join(bpmnDir, file), 'utf8');
  const model = ids(xml, 'bpmnElement');
  for (const [, plane] of xml.matchAll(/<bpmndi:BPMNPlane[^>]*bpmnElement="([^"]+)"/g)) model.delete(plane); // the canvas
  const drawn = [...ids(readFileSync(join(bpmnDir, svgFile), 'utf8'), 'data-element-id')].filter(id => !id.endsWith('_label'));
  const missing = [...model].filter(id => !drawn.includes(id));
  const extra = drawn.filter(id => !model.has(id));
  if (missing.length || extra.length) {
    console.error(`${file}: ${svgFile} is out of date (not drawn: ${missing.join(', ') || '-'}; no longer in the model: ${extra.join(', ') || '-'})`);
    problems++;
  }
}
if (problems) {
  console.error('re-render: cd workflows/modeler && npm ci && node render-svg.mjs');
  process.exit(1);
}
