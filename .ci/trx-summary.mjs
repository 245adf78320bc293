// Reads a TRX file (dotnet test --logger trx) and prints the skipped tests grouped by their reason, then one line,
// "N passed, N failed, N skipped". Exits 1 when a test failed or none passed.
import { readFileSync } from "node:fs";

const trx = readFileSync(process.argv[2], "utf8");

const decode = (text) => text
  .replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, "\"").replace(/&apos;/g, "'")
  .replace(/&#x([0-9a-f]+);/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
  .replace(/&#([0-9]+);/g, (_, dec) => String.fromCodePoint(Number(dec)))
  .replace(/&amp;/g, "&");

const attribute = (attributes, name) => decode((new RegExp(`\\b${name}="([^"]*)"`).exec(attributes) ?? ["", ""])[1]);

const results = [...trx.matchAll(/<UnitTestResult\b([^>]*?)(?:\/>|>([\s\S]*?)<\/UnitTestResult>)/g)].map(([, attributes, body]) => ({
  name: attribute(attributes, "testName"),
  outcome: attribute(attributes, "outcome"),
  message: decode((/<Message>([\s\S]*?)<\/Message>/.exec(body ?? "") ?? ["", ""])[1]).trim(),
}));

const count = (outcome) => results.filter((r) => r.outcome === outcome).length;
const passed = count("Passed");
const skipped = count("NotExecuted");
const failed = results.length - passed - skipped;

const byReason = new Map();
for (const result of results.filter((r) => r.outcome === "NotExecuted")) {
  const reason = result.message || "(no reason given)";
  byReason.set(reason, [...(byReason.get(reason) ?? []), result.name]);
}
if (byReason.size > 0) {
  console.log(`\nSkipped tests (${skipped}), by reason:`);
  for (const [reason, names] of byReason) {
    console.log(`- ${reason} (${names.length} ${names.length === 1 ? "test" : "tests"})`);
    for (const name of names.sort()) {
      console.log(`    ${name}`);
    }
  }
  console.log("");
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
