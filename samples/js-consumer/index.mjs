// A downstream tool in a few lines: load the sample letter, check it against the published schema, and list the
// signatories by country.
import { compileSchema, describeErrors, readJson, schema } from "./schema.mjs";

const letter = readJson("seeds/dprk-letter-2011.json");
const validate = compileSchema();
if (!validate(letter)) {
  console.error(`seeds/dprk-letter-2011.json does not match the schema:\n${describeErrors(validate.errors).join("\n")}`);
  process.exit(1);
}

console.log(`${letter.title} (${letter.date ?? "undated"}): valid against ${schema.$id}`);
console.log(`${letter.signatories.length} signatories by country\n`);

// Group by ISO 3166-1 code; signatories without one go last.
const groups = new Map();
for (const signatory of letter.signatories) {
  const key = signatory.country ?? null;
  groups.set(key, [...(groups.get(key) ?? []), signatory]);
}

const countryNames = new Intl.DisplayNames(["en"], { type: "region" });
const ordered = [...groups.entries()].sort(([a, first], [b, second]) =>
  a === null ? 1 : b === null ? -1 : second.length - first.length || a.localeCompare(b));

for (const [code, signatories] of ordered) {
  const heading = code === null ? "no country given" : `${code}  ${countryNames.of(code)}`;
  console.log(`${heading} (${signatories.length})`);
  for (const { name, acronym } of signatories) {
    console.log(`  ${name}${acronym ? ` (${acronym})` : ""}`);
  }
}
