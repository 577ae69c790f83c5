// The schema in three validators: ajv (2020-12, strict, ajv-formats), @hyperjump/json-schema (format validation on)
// and Python's jsonschema (its verdicts come in a file, written by cross_check.py). Every document has the verdict
// the library's tests pin for it; any validator that disagrees with it, or with another, fails the run.
// usage: node cross-check.mjs CASES.json PYTHON-VERDICTS.json
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { registerSchema, setShouldValidateFormat, validate } from "@hyperjump/json-schema/draft-2020-12";
import "@hyperjump/json-schema/formats";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const schema = JSON.parse(readFileSync(path.join(root, "seeds/letter.schema.json"), "utf8"));
const [casesFile, pythonFile] = process.argv.slice(2);
const cases = JSON.parse(readFileSync(casesFile, "utf8"));
const python = JSON.parse(readFileSync(pythonFile, "utf8"));

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const ajvValidate = ajv.compile(schema);

registerSchema(schema);
setShouldValidateFormat(true);
const hyperjump = await validate(schema.$id);

// A validator that throws on a document disagrees with every verdict: report it as such, and go on.
function run(check) {
  try {
    return check();
  } catch (error) {
    return `an exception (${error.message})`;
  }
}

let disagreements = 0;
for (const { name, file, expect } of cases) {
  const document = JSON.parse(readFileSync(file, "utf8"));
  const verdicts = { ajv: run(() => ajvValidate(document)), hyperjump: run(() => hyperjump(document).valid), python: python[name] };
  const wrong = Object.entries(verdicts).filter(([, valid]) => valid !== expect).map(([tool]) => tool);
  if (wrong.length > 0) {
    disagreements++;
    console.log(`FAIL  ${name}: expected ${expect ? "valid" : "refused"}; ${wrong.map((tool) => `${tool} says ${verdicts[tool]}`).join(", ")}`);
  }
}

console.log(`${cases.length} documents, 3 validators: ${disagreements} disagreeing with the library`);
process.exitCode = disagreements === 0 ? 0 : 1;
