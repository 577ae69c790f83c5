// Runs the README's DuckDB recipe (its ```sql block) on a JSON Lines corpus and checks that every row loads:
// every letter, every signatory, and the one partial date that sits past the rows DuckDB's auto-detection samples.
// usage: node duckdb-recipe.mjs CORPUS.jsonl
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DuckDBInstance } from "@duckdb/node-api";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const corpus = process.argv[2];
const readme = readFileSync(path.join(root, "README.md"), "utf8");
// The recipe is the one sql block that reads letters.jsonl with read_json (others query the Parquet exports).
const blocks = [...readme.matchAll(/^```sql\n([\s\S]*?)^```$/gm)].map((m) => m[1]).filter((b) => b.includes("read_json") && b.includes("'letters.jsonl'"));
if (blocks.length !== 1) {
  throw new Error(`README.md has ${blocks.length} sql blocks that read letters.jsonl with read_json; the recipe is the one`);
}
// The block's statements, on the corpus: it creates the view `letters`, and its last statement unnests signatories.
const statements = blocks[0].replaceAll("'letters.jsonl'", `'${corpus.replaceAll("'", "''")}'`).split(/;\s*$/m).map((s) => s.trim()).filter((s) => s.length > 0);

const lines = readFileSync(corpus, "utf8").split("\n").filter((line) => line.length > 0).map((line) => JSON.parse(line));
const signatories = lines.reduce((sum, letter) => sum + letter.signatories.length, 0);
const partial = lines.flatMap((letter, row) => (letter.sources ?? []).filter((s) => /^\d{4}(-\d{2})?$/.test(s.date ?? "")).map((s) => ({ row: row + 1, id: letter.id, date: s.date })));

const connection = await (await DuckDBInstance.create(":memory:")).connect();
for (const statement of statements.slice(0, -1)) {
  await connection.run(statement);
}
const rows = (await connection.runAndReadAll(statements.at(-1))).getRowObjects();
const loaded = new Set(rows.map((row) => row.id));
const failures = [];
if (rows.length !== signatories) failures.push(`${rows.length} signatory rows, expected ${signatories}`);
if (loaded.size !== lines.length) failures.push(`${loaded.size} letters, expected ${lines.length}`);

// The partial source date survives as text, beyond the auto-detection sample.
const dates = (await connection.runAndReadAll(
  `SELECT letters.id FROM letters, unnest(letters.sources) AS u(s) WHERE s.date = '${partial[0]?.date}' AND letters.id = '${partial[0]?.id}'`,
)).getRowObjects();
if (partial.length !== 1 || partial[0].row <= 20480) failures.push(`the corpus needs exactly one partial source date past row 20,480 (found ${JSON.stringify(partial.slice(0, 3))})`);
if (dates.length !== 1) failures.push(`the partial date ${partial[0]?.date} of ${partial[0]?.id} did not load as text`);

// For the record: what auto-detection does with the same file (not a check: it depends on DuckDB's sampling).
try {
  const auto = (await connection.runAndReadAll(`SELECT count(*) AS n FROM read_json('${corpus}', format = 'newline_delimited'), unnest(sources) AS u(s) WHERE s.date IS NULL`)).getRowObjects();
  console.log(`without explicit columns: loads, with ${auto[0].n} source dates NULL`);
} catch (error) {
  console.log(`without explicit columns: fails (${String(error.message).split("\n")[0].slice(0, 120)})`);
}

console.log(`DuckDB recipe: ${lines.length} letters, ${rows.length} signatory rows, partial date ${partial[0]?.date} at row ${partial[0]?.row}`);
if (failures.length > 0) {
  console.log(failures.map((f) => `FAIL  ${f}`).join("\n"));
  process.exitCode = 1;
}
