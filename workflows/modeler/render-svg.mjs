// Renders every BPMN model under ../src/main/resources/bpmn to an SVG beside it (Foo.bpmn -> Foo.svg), with
// bpmn-js's viewer in headless Chromium, so the picture is exactly what Camunda Modeler shows; and every decision
// table under ../src/main/resources/dmn to a PNG beside it (dmn-js draws tables in HTML, so no SVG).
//   npm install && node render-svg.mjs
// Needs Debian's Chromium (apt-get install -y chromium fonts-noto-cjk; CHROMIUM=/path/to/chrome to use another):
// playwright-core drives it and never downloads a browser of its own.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const bpmnDir = join(here, '../src/main/resources/bpmn');
const viewerJs = join(here, 'node_modules/bpmn-js/dist/bpmn-navigated-viewer.production.min.js');
const dmnDir = join(here, '../src/main/resources/dmn');
const dmnDist = join(here, 'node_modules/dmn-js/dist');

if (!existsSync(viewerJs)) {
  // the Maven build installs them too, unless it ran with -Dmodels.lint.skip
  console.error('bpmn-js is missing: run `npm ci` (or `npm install`) in workflows/modeler first');
  process.exit(1);
}

const { chromium } = await import('playwright-core');
/** bpmn-js names arrow-head markers randomly; number them so an unchanged model renders to an unchanged file. */
function stableIds(svg) {
  const ids = new Map();
  for (const [, id] of svg.matchAll(/id="(marker-[^"]+)"/g)) ids.set(id, `marker-${ids.size + 1}`);
  return svg.replace(/marker-[a-z0-9]+/g, id => ids.get(id) ?? id);
}

const profile = await mkdtemp(join(tmpdir(), 'duban-render-'));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><meta charset="utf-8"><div id="canvas" style="width:1600px;height:1000px"></div>');
  await page.addScriptTag({ path: viewerJs });
  for (const file of (await readdir(bpmnDir)).filter(name => name.endsWith('.bpmn')).sort()) {
    const xml = await readFile(join(bpmnDir, file), 'utf8');
    const { svg, warnings } = await page.evaluate(async xml => {
      document.getElementById('canvas').innerHTML = '';
      const viewer = new BpmnJS({ container: '#canvas' });
      const { warnings } = await viewer.importXML(xml);
      const { svg } = await viewer.saveSVG();
      viewer.destroy();
      return { svg, warnings: warnings.map(w => w.message) };
    }, xml);
    if (warnings.length) throw new Error(`${file}: ${warnings.join('; ')}`);
    const target = file.replace(/\.bpmn$/, '.svg');
    await writeFile(join(bpmnDir, target), `${stableIds(svg)}\n`);
    console.log(`${file} -> ${target}`);
  }
  await renderDecisionTables(browser);
} finally {
  await browser.close();
  await rm(profile, { recursive: true, force: true });
}

async function renderDecisionTables(browser) {
  const css = ['dmn-js-shared.css', 'dmn-js-decision-table.css', 'dmn-font/css/dmn-embedded.css']
    .map(file => `<link rel="stylesheet" href="${pathToFileURL(join(dmnDist, 'assets', file))}">`).join('');
  const html = join(profile, 'dmn.html');
  await writeFile(html, `<!doctype html><meta charset="utf-8">${css}<body style="margin:0;font-family:sans-serif">`
    + `<div id="canvas" style="display:inline-block;padding:12px"></div>`);
  const page = await browser.newPage({ viewport: { width: 1400, height: 800 }, deviceScaleFactor: 1 });
  await page.goto(pathToFileURL(html).href);
  await page.addScriptTag({ path: join(dmnDist, 'dmn-viewer.production.min.js') });
  for (const file of (await readdir(dmnDir)).filter(name => name.endsWith('.dmn')).sort()) {
    const xml = await readFile(join(dmnDir, file), 'utf8');
    const warnings = await page.evaluate(async xml => {
      document.getElementById('canvas').innerHTML = '';
      const viewer = new DmnJS({ container: '#canvas' });
      const { warnings } = await viewer.importXML(xml);
      const table = viewer.getViews().find(view => view.type === 'decisionTable');
      await viewer.open(table);
      return warnings.map(w => w.message);
    }, xml);
    if (warnings.length) throw new Error(`${file}: ${warnings.join('; ')}`);
    const target = file.replace(/\.dmn$/, '.png');
    await page.locator('#canvas').screenshot({ path: join(dmnDir, target) });
    console.log(`${file} -> ${target}`);
  }
}
