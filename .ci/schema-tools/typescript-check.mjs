// Generates TypeScript types from the schema with json-schema-to-typescript and checks that the schema's titles name
// them: the root is an interface named Letter, each object of $defs an interface and each other $defs entry a type
// named by its title, and no other name (no fallback such as SignatoryElement or Letter1). Then writes documents as
// TypeScript constants typed Letter, for `tsc --strict` to check.
// usage: node typescript-check.mjs OUT-FOLDER DOCUMENT.json...
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { compile } from "json-schema-to-typescript";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const schema = JSON.parse(readFileSync(path.join(root, "seeds/letter.schema.json"), "utf8"));
const [out, ...documents] = process.argv.slice(2);

// The name argument is only a fallback for a schema without a title: a neutral one, that must not appear, proves the
// names come from the titles.
const fallback = "UntitledSchemaFallback";
const types = await compile(schema, fallback, { bannerComment: "", additionalProperties: false, strictIndexSignatures: true });
const generated = [...types.matchAll(/^export (interface|type) (\w+)/gm)].map((m) => ({ kind: m[1], name: m[2] }));
const expected = [{ kind: "interface", name: schema.title }].concat(
  Object.values(schema.$defs).map((def) => ({ kind: def.type === "object" ? "interface" : "type", name: def.title })));
const key = ({ kind, name }) => `${kind} ${name}`;
const missing = expected.map(key).filter((k) => !generated.map(key).includes(k));
const unexpected = generated.map(key).filter((k) => !expected.map(key).includes(k));
if (schema.title !== "Letter" || missing.length > 0 || unexpected.length > 0) {
  console.error(`json-schema-to-typescript did not name the types by the schema's titles (root title: ${schema.title})`);
  if (missing.length > 0) console.error(`  missing: ${missing.join(", ")}`);
  if (unexpected.length > 0) console.error(`  not a title: ${unexpected.join(", ")}`);
  process.exit(1);
}
console.log(`generated, each named by its title: ${generated.map((g) => g.name).join(", ")}`);
writeFileSync(path.join(out, "letter.ts"), types);

// Each document as a typed constant: contextual typing checks every member, enumeration value and nesting.
documents.forEach((file, i) => {
  const json = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  writeFileSync(path.join(out, `document${i}.ts`), `import type { Letter } from "./letter.js";\n\nexport const letter: Letter = ${json};\n`);
});
