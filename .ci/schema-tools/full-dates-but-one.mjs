// Makes a corpus on which DuckDB's auto-detection goes wrong: every source date becomes a full date (2011 → 2011-01-01,
// 2011-09 → 2011-09-01), except one, at ROW, which stays a partial date. Other members are left as generated.
// usage: node full-dates-but-one.mjs IN.jsonl OUT.jsonl ROW
import { readFileSync, writeFileSync } from "node:fs";

const [input, output, row] = process.argv.slice(2);
const full = (date) => (date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);
const lines = readFileSync(input, "utf8").split("\n").filter((line) => line.length > 0).map((line, i) => {
  const letter = JSON.parse(line);
  letter.sources = (letter.sources ?? []).map((source) => (source.date ? { ...source, date: full(source.date) } : source));
  if (i + 1 === Number(row)) {
    letter.sources = [...letter.sources, { id: "partial-date-source", url: "https://example.org/partial", date: "2011-12" }];
  }
  return JSON.stringify(letter);
});
writeFileSync(output, lines.join("\n") + "\n");
