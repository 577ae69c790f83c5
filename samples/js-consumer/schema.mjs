// Loads the published schema and compiles it the strict way: ajv's 2020-12 dialect, strict mode, every error.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

/** The repository's root, two folders up from this sample. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Reads a JSON file, given relative to the repository's root. */
export function readJson(relative) {
  return JSON.parse(readFileSync(path.join(root, relative), "utf8"));
}

/** The schema, as published in seeds/letter.schema.json. */
export const schema = readJson("seeds/letter.schema.json");

/** Compiles the schema; throws if strict mode finds anything it would ignore or guess about. */
export function compileSchema() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

/** Formats ajv's errors as "pointer message" lines; a failed pattern names its definition, not the long regex. */
export function describeErrors(errors) {
  return (errors ?? []).map((e) =>
    `${e.instancePath || "/"} ${e.keyword === "pattern" ? `does not match the pattern at ${e.schemaPath}` : e.message}`);
}
