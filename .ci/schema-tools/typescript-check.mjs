// Generates TypeScript types from the schema with json-schema-to-typescript, checks that the root is an interface
// named Letter, and writes documents as TypeScript constants typed Letter, for `tsc --strict` to check.
// usage: node typescript-check.mjs OUT-FOLDER DOCUMENT.json...
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { compile } from "json-schema-to-typescript";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const schema = JSON.parse(readFileSync(path.join(root, "seeds/letter.schema.json"), "utf8"));
const [out, ...documents] = process.argv.slice(2);

const types = await compile(schema, "Letter", { bannerComment: "", additionalProperties: false, strictIndexSignatures: true });
if (!/^export interface Letter \{/m.test(types)) {
  console.error("json-schema-to-typescript did not generate an interface named Letter");
  process.exit(1);
}
const names = [...types.matchAll(/^export (?:interface|type) (\w+)/gm)].map((m) => m[1]);
console.log(`generated: ${names.join(", ")}`);
writeFileSync(path.join(out, "letter.ts"), types);

// Each document as a typed constant: contextual typing checks every member, enumeration value and nesting.
documents.forEach((file, i) => {
  const json = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  writeFileSync(path.join(out, `document${i}.ts`), `import type { Letter } from "./letter.js";\n\nexport const letter: Letter = ${json};\n`);
});
