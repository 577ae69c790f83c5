// Expands the JSON-LD export of letters with the jsonld processor and checks the RDF triples it yields.
// Offline: the document loader refuses every URL, so a context that is not inline fails the check.
//   node check.mjs DPRK.jsonld HOSTILE.jsonld HOSTILE-LETTER.json CORPUS.jsonld CORPUS-SIZE
import { readFileSync } from 'node:fs';
import jsonld from 'jsonld';

const [dprkFile, hostileFile, hostileLetterFile, corpusFile, corpusSize] = process.argv.slice(2);
const S = 'https://schema.org/';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
let failed = 0;
let passed = 0;

const documentLoader = async (url) => {
  throw new Error(`no network: the export asked for ${url}`);
};

async function quads(file) {
  const doc = JSON.parse(readFileSync(file, 'utf8'));
  const expanded = await jsonld.expand(doc, { documentLoader, safe: true });
  const dataset = await jsonld.toRDF(expanded, { documentLoader, safe: true });
  return dataset;
}

function check(name, condition, detail = '') {
  if (condition) {
    passed++;
  } else {
    failed++;
    console.error(`FAIL ${name} ${detail}`);
  }
}

const objects = (ds, subject, predicate) =>
  ds.filter((q) => q.subject.value === subject && q.predicate.value === S + predicate).map((q) => q.object);
const one = (ds, subject, predicate) => objects(ds, subject, predicate)[0];
const ofType = (ds, type) =>
  ds.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === S + type).map((q) => q.subject.value);

// The DPRK letter.
const dprk = await quads(dprkFile);
const [letter] = ofType(dprk, 'Message');
check('one Message', ofType(dprk, 'Message').length === 1);
check('identifier', one(dprk, letter, 'identifier')?.value === 'dprk-2011-kim-jong-il');
check('name', one(dprk, letter, 'name')?.value === 'ICNK Letter To Kim Jong Il');
check('inLanguage', one(dprk, letter, 'inLanguage')?.value === 'en');
check('dateCreated', one(dprk, letter, 'dateCreated')?.value === '2011-09-08');
check('datePublished', one(dprk, letter, 'datePublished')?.value === '2011-09-08');
check('dateReceived', one(dprk, letter, 'dateReceived')?.value === '2011-10-06');
const senders = objects(dprk, letter, 'sender');
check('41 senders', senders.length === 41, `got ${senders.length}`);
check('40 organisations', senders.filter((s) => one(dprk, s.value, 'name') && dprk.some((q) => q.subject.value === s.value && q.predicate.value === RDF_TYPE && q.object.value === S + 'Organization')).length === 40);
check('one person', senders.filter((s) => dprk.some((q) => q.subject.value === s.value && q.predicate.value === RDF_TYPE && q.object.value === S + 'Person')).length === 1);
check('sender Amnesty International', senders.some((s) => one(dprk, s.value, 'name')?.value === 'Amnesty International'));

const [role] = objects(dprk, letter, 'recipient');
check('recipient is a Role', dprk.some((q) => q.subject.value === role?.value && q.object.value === S + 'Role'));
check('roleName to', one(dprk, role?.value, 'roleName')?.value === 'to');
const kim = one(dprk, role?.value, 'recipient');
check('recipient Kim Jong-il', one(dprk, kim?.value, 'name')?.value === 'Kim Jong-il');
check('honorificPrefix', one(dprk, kim?.value, 'honorificPrefix')?.value === 'Chairman');
const korean = objects(dprk, kim?.value, 'alternateName').find((o) => o.language === 'ko');
check('alternateName in Korean', korean?.value === '김정일');
const occupations = objects(dprk, kim?.value, 'hasOccupation').map((o) => one(dprk, o.value, 'name')?.value);
check('occupations', occupations.includes('General Secretary') && occupations.includes('Chairman'), occupations.join(','));
const memberships = objects(dprk, kim?.value, 'memberOf');
check('OrganizationRole with dates', memberships.some((m) => one(dprk, m.value, 'startDate')?.value === '1997-10-08' &&
  one(dprk, one(dprk, m.value, 'memberOf')?.value, 'name')?.value === "Workers' Party of Korea"));

const citations = objects(dprk, letter, 'citation');
check('6 citations', citations.length === 6, `got ${citations.length}`);
check('citation url is an IRI', citations.some((c) => {
  const url = one(dprk, c.value, 'url');
  return url?.termType === 'NamedNode' && url.value.startsWith('https://www.hrw.org/');
}));

const comments = objects(dprk, letter, 'comment');
check('3 replies', comments.length === 3, `got ${comments.length}`);
check('replies point to the letter', comments.every((c) => one(dprk, c.value, 'parentItem')?.value === letter));
check('reply authors', comments.every((c) => (one(dprk, one(dprk, c.value, 'author')?.value, 'name')?.value ?? '').length > 0));
check('a reply from the New York mission', comments.some((c) => one(dprk, one(dprk, c.value, 'author')?.value, 'name')?.value === 'Permanent Mission of the DPRK to the United Nations, New York'));

// Hostile names: literals equal to the model's text, nothing else made of them.
const hostileName = JSON.parse(readFileSync(hostileLetterFile, 'utf8')).title;
const hostile = await quads(hostileFile);
const [hostileLetter] = ofType(hostile, 'Message');
check('hostile title is one literal', one(hostile, hostileLetter, 'name')?.value === hostileName);
const hostileSenders = objects(hostile, hostileLetter, 'sender').map((s) => one(hostile, s.value, 'name')?.value);
check('hostile sender names', hostileSenders.filter((n) => n === hostileName).length === 2);
check('formula names kept as text', hostileSenders.includes('=HYPERLINK("http://x","y")') && hostileSenders.includes('-1'));
check('no term from markup', !hostile.some((q) => [S + 'script', S + 'img', S + 'b'].includes(q.predicate.value) || [S + 'script', S + 'img'].includes(q.object.value)));

// A corpus: one graph, a Message per letter.
const corpus = await quads(corpusFile);
check('corpus letters', ofType(corpus, 'Message').length === Number(corpusSize), `got ${ofType(corpus, 'Message').length}`);

console.log(`jsonld: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
