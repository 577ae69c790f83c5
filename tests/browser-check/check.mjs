// Loads the pages that `letters render --format html` makes in headless Chromium (Debian's, driven by playwright-core)
// and checks what a reader's browser would do with them: no console error, no script run, no request, no element
// beyond what the renderer emits, and no serious or critical axe-core violation. Takes a screenshot of each page.
//
// usage: node check.mjs OUT_DIR   with LETTERS set to the command that runs the app (e.g. "dotnet path/letters.dll")
//        and CHROMIUM to the browser (default /usr/bin/chromium).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');
const out = resolve(process.argv[2] ?? mkdtempSync(join(tmpdir(), 'letters-browser-check-')));
const letters = (process.env.LETTERS ?? '').split(' ').filter(Boolean);
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
if (letters.length === 0) {
  console.error('set LETTERS to the command that runs the app, e.g. "dotnet samples/Advocacy.Letters.Cli/bin/Release/net10.0/letters.dll"');
  process.exit(2);
}

mkdirSync(out, { recursive: true });
let passed = 0;
let failed = 0;
const check = (name, ok, detail = '') => {
  if (ok) {
    passed++;
    console.log(`ok    ${name}`);
  } else {
    failed++;
    console.log(`FAIL  ${name}${detail ? `: ${detail}` : ''}`);
  }
};

// Names that try to become markup, script or a spoofed reading order; none holds a pair of asterisks, so the letter
// gains no emphasis and the page keeps the control page's elements exactly.
const hostile = [
  '<script>alert(1)</script><img src=x onerror=alert(2)>',
  '"><svg onload=alert(3)><b>bold</b>',
  "' onmouseover='alert(4)' x='",
  ']]><!-- --></title></style></textarea><script>alert(5)</script>',
  '\u202Eevil.exe\u202C and \u2067isolated\u2069 \u200F',
  'emoji 🕊️ ✊🏽 and astral 𝒜𝔅',
  '&lt;b&gt; &amp; &#60;i&#62; &nbsp;',
  'javascript:alert(6)',
  '</noscript><iframe src=javascript:alert(7)></iframe><base href=//example.org>',
  '<meta http-equiv=refresh content="0;url=https://example.org">',
];

// The sample letter with the given texts in every place a page shows a name, a title or a sentence.
function letterWith(texts) {
  const letter = JSON.parse(readFileSync(join(repo, 'seeds', 'dprk-letter-2011.json'), 'utf8'));
  const text = (i) => texts[i % texts.length];
  letter.title = text(0);
  letter.place = text(1);
  const to = letter.addressees[0];
  to.name = text(0);
  to.honorific = text(2);
  to.positions.forEach((p, i) => { p.label = text(3 + i); });
  to.address.lines = to.address.lines.map((_, i) => text(5 + i));
  letter.addressees.push({ role: 'cc', type: 'organization', name: text(8) });
  letter.salutation = text(9);
  letter.body[0].text = text(4);
  letter.closing = text(6);
  letter.valediction = text(7);
  letter.demands.forEach((d, i) => { d.summary = text(i); });
  letter.demands[0].text = text(3);
  letter.signatories.forEach((s, i) => { s.name = text(i); s.label = text(i); });
  letter.responses.forEach((r, i) => { r.from.name = text(i); r.summary = text(i + 1); });
  letter.sources.forEach((s, i) => { s.title = text(i); s.publisher = text(i + 2); });
  return letter;
}

function render(name, json, include) {
  const input = join(out, `${name}.json`);
  const page = join(out, `${name}.html`);
  writeFileSync(input, JSON.stringify(json, null, 2) + '\n');
  rmSync(page, { force: true });
  const args = [...letters.slice(1), 'render', input, '--format', 'html', '--output', page];
  if (include) args.push('--include', include);
  execFileSync(letters[0], args, { stdio: ['ignore', 'inherit', 'inherit'] });
  return page;
}

const seed = JSON.parse(readFileSync(join(repo, 'seeds', 'dprk-letter-2011.json'), 'utf8'));
const pages = {
  dprk: render('dprk', seed, null),
  control: render('control', letterWith(hostile.map((_, i) => `Control text ${i}`)), 'all'),
  hostile: render('hostile', letterWith(hostile), 'all'),
};

const userDataDir = mkdtempSync(join(tmpdir(), 'letters-chromium-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  viewport: { width: 1000, height: 1400 },
});

// What the page holds, element by element: the tag and its attribute names (values are the letter's text).
const shapeOf = (page) => page.evaluate(() =>
  [...document.querySelectorAll('*')].map((e) => `${e.localName}[${[...e.attributes].map((a) => a.name).join(',')}]`));

async function load(name) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => { problems.push(`dialog: ${d.type()} ${d.message()}`); d.dismiss().catch(() => {}); });
  const url = pathToFileURL(pages[name]).href;
  page.on('request', (r) => { if (r.url() !== url) problems.push(`request: ${r.url()}`); });
  await page.goto(url, { waitUntil: 'load' });
  // Give anything that would run late (a timer, an error handler, a refresh) the time to do it.
  await page.waitForTimeout(300);
  await page.mouse.move(200, 300);
  await page.mouse.move(500, 700);
  return { page, problems };
}

async function checkPage(name) {
  const { page, problems } = await load(name);
  check(`${name}: no console error, page error, dialog or request`, problems.length === 0, problems.join('; '));
  const facts = await page.evaluate(() => ({
    scripts: document.scripts.length,
    active: document.querySelectorAll('img, svg, iframe, object, embed, frame, form, input, base, link, meta[http-equiv=refresh], noscript, textarea').length,
    handlers: [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${e.localName}@${a.name}`)),
    javascriptLinks: [...document.querySelectorAll('a[href]')].filter((a) => !/^(https?:|#)/.test(a.getAttribute('href'))).length,
    stillHere: location.href,
    landmarks: ['header', 'main', 'footer'].map((l) => document.querySelectorAll(`body > ${l}`).length),
    csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content ?? '',
    styled: getComputedStyle(document.body).fontFamily,
  }));
  check(`${name}: no script element`, facts.scripts === 0, `${facts.scripts}`);
  check(`${name}: no image, frame, form, base, refresh or other active element`, facts.active === 0, `${facts.active}`);
  check(`${name}: no event handler attribute`, facts.handlers.length === 0, facts.handlers.join(' '));
  check(`${name}: links only to the web or within the page`, facts.javascriptLinks === 0);
  check(`${name}: the page stayed where it was loaded`, facts.stillHere === pathToFileURL(pages[name]).href, facts.stillHere);
  check(`${name}: one header, main and footer`, facts.landmarks.join() === '1,1,1', facts.landmarks.join());
  check(`${name}: a Content-Security-Policy of default-src 'none'`, facts.csp.startsWith("default-src 'none'; style-src 'sha256-"), facts.csp);
  check(`${name}: the inline style sheet applies under that policy`, facts.styled.includes('Georgia'), facts.styled);

  await page.evaluate(axeSource);
  const axe = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  check(`${name}: no serious or critical axe-core violation (${axe.violations.length} minor or moderate)`, serious.length === 0,
    serious.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`).join('; '));
  for (const v of axe.violations.filter((v) => !serious.includes(v))) console.log(`      axe ${v.impact}: ${v.id} ${v.help}`);

  const screenshot = join(out, `${name}.png`);
  await page.screenshot({ path: screenshot, fullPage: true });
  console.log(`      screenshot: ${screenshot}`);
  return page;
}

const dprk = await checkPage('dprk');
const dprkFacts = await dprk.evaluate(() => ({
  title: document.title,
  lang: document.documentElement.lang,
  signatories: [...document.querySelectorAll('ul.signatures > li')].map((li) => li.textContent),
  demandIds: [...document.querySelectorAll('section.demands li[id]')].map((li) => li.id),
  statusRows: [...document.querySelectorAll('table tbody tr th a')].map((a) => a.getAttribute('href')),
  emphasis: document.querySelectorAll('article em').length,
}));
check('dprk: the title and language of the letter', dprkFacts.title === seed.title && dprkFacts.lang === seed.language, `${dprkFacts.title} ${dprkFacts.lang}`);
check('dprk: every signatory, in order', JSON.stringify(dprkFacts.signatories) === JSON.stringify(seed.signatories.map((s) => s.label)));
check('dprk: every demand has its id as an anchor', JSON.stringify(dprkFacts.demandIds) === JSON.stringify(seed.demands.map((d) => d.id)));
check('dprk: a status row per demand, linked to it', JSON.stringify(dprkFacts.statusRows) === JSON.stringify(seed.demands.map((d) => `#${d.id}`)));
check('dprk: the emphasis of the printed letter', dprkFacts.emphasis === 4, `${dprkFacts.emphasis}`);
const target = await dprk.evaluate((id) => { location.hash = id; return getComputedStyle(document.getElementById(id)).backgroundColor; }, seed.demands[6].id);
check('dprk: a demand\'s anchor is the :target of its link', target !== 'rgba(0, 0, 0, 0)', target);

const control = await checkPage('control');
const hostilePage = await checkPage('hostile');
const [controlShape, hostileShape] = [await shapeOf(control), await shapeOf(hostilePage)];
const firstDifference = controlShape.findIndex((e, i) => e !== hostileShape[i]);
check(`hostile: the same ${controlShape.length} elements and attributes as the control page (nothing injected)`,
  controlShape.length === hostileShape.length && firstDifference < 0,
  `element ${firstDifference}: control ${controlShape[firstDifference]}, hostile ${hostileShape[firstDifference]}`);
const shown = await hostilePage.evaluate(() => ({
  title: document.querySelector('title').textContent,
  h1: document.querySelector('h1').textContent,
  signatories: [...document.querySelectorAll('ul.signatures > li')].map((li) => li.textContent),
}));
check('hostile: the names are shown as text, exactly', shown.title === hostile[0] && shown.h1 === hostile[0] &&
  shown.signatories.every((s, i) => s === hostile[i % hostile.length]), JSON.stringify(shown).slice(0, 300));

await context.close();
rmSync(userDataDir, { recursive: true, force: true });
console.log(`\nbrowser check: pages and screenshots in ${out}`);
console.log(`browser-check: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
