// The schema's side of the cross-check: every document the library accepts, the schema accepts, and every
// document the library refuses (tests/Advocacy.Letters.Tests/Schema/Broken), the schema refuses too.
// The library's side of the same files is checked by `dotnet test` (SchemaDocumentsTests).
import { readdirSync } from "node:fs";
import path from "node:path";
import { compileSchema, describeErrors, readJson, root } from "./schema.mjs";

const validate = compileSchema();
const fixtures = "tests/Advocacy.Letters.Tests/Schema";

function jsonFiles(folder) {
  const files = readdirSync(path.join(root, folder))
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => `${folder}/${name}`);
  if (files.length === 0) {
    throw new Error(`no documents in ${folder}`);
  }
  return files;
}

const cases = [
  ...["seeds/dprk-letter-2011.json", ...jsonFiles(`${fixtures}/Valid`)].map((file) => ({ file, expectValid: true })),
  ...jsonFiles(`${fixtures}/Broken`).map((file) => ({ file, expectValid: false })),
];

let disagreements = 0;
for (const { file, expectValid } of cases) {
  const valid = validate(readJson(file));
  const errors = describeErrors(validate.errors);
  const agrees = valid === expectValid;
  if (!agrees) {
    disagreements++;
  }
  const verdict = `${agrees ? "ok  " : "FAIL"}  ${valid ? "valid  " : "refused"}`;
  const detail = expectValid
    ? errors.map((e) => `\n        ${e}`).join("")
    : errors.length > 0 ? `  (${errors[0]}${errors.length > 1 ? `, +${errors.length - 1} more` : ""})` : "";
  console.log(`${verdict}  ${file}${detail}`);
}

console.log(`\n${cases.length} documents, ${disagreements} disagreeing with the library`);
process.exitCode = disagreements === 0 ? 0 : 1;
