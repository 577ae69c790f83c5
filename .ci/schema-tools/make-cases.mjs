// Lists every document the three validators check, each with the verdict the library's tests pin for it:
// the conformance suite (its "schema" member), the schema tests' Valid/ and Broken/ documents, the dataset, the URL
// list (each URL as the source of a minimal letter) and a generated corpus (one file per line).
// usage: node make-cases.mjs OUT-FOLDER CORPUS.jsonl > CASES.json
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const [out, corpus] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const cases = [];
const at = (...parts) => path.join(root, ...parts);

const manifest = JSON.parse(readFileSync(at("seeds/conformance/manifest.json"), "utf8"));
for (const item of manifest.cases.filter((c) => c.schema !== null)) {
  cases.push({ name: `conformance/${item.name}`, file: at("seeds/conformance", item.document), expect: item.schema });
}

for (const [folder, expect] of [["Valid", true], ["Broken", false]]) {
  for (const name of readdirSync(at("tests/Advocacy.Letters.Tests/Schema", folder)).filter((n) => n.endsWith(".json")).sort()) {
    cases.push({ name: `schema-tests/${folder}/${name}`, file: at("tests/Advocacy.Letters.Tests/Schema", folder, name), expect });
  }
}

cases.push({ name: "dataset", file: at("seeds/dprk-letter-2011.json"), expect: true });

const minimal = JSON.parse(readFileSync(at("tests/Advocacy.Letters.Tests/Validation/Valid/minimal.json"), "utf8"));
const urls = JSON.parse(readFileSync(at("tests/Advocacy.Letters.Tests/Schema/Strings/urls.json"), "utf8"));
for (const [list, expect] of [["accepted", true], ["refused", false]]) {
  urls[list].forEach((url, i) => {
    const file = path.join(out, `url-${list}-${i}.json`);
    writeFileSync(file, JSON.stringify({ ...minimal, sources: [{ id: "source", url }] }));
    cases.push({ name: `url/${list}/${JSON.stringify(url)}`, file, expect });
  });
}

readFileSync(corpus, "utf8").split("\n").filter((line) => line.length > 0).forEach((line, i) => {
  const file = path.join(out, `generated-${i + 1}.json`);
  writeFileSync(file, line);
  cases.push({ name: `generated/${i + 1}`, file, expect: true });
});

process.stdout.write(JSON.stringify(cases, null, 1));
