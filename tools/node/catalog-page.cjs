// The message catalog as an HTML page: `node catalog-page.cjs CATALOG OUT_DIR` (tools/catalog_page.py
// runs it), written by the AsyncAPI generator with the AsyncAPI HTML template.
const path = require("node:path");

const Generator = require("@asyncapi/generator");

async function main() {
  const [catalog, out] = process.argv.slice(2);
  const template = path.dirname(require.resolve("@asyncapi/html-template/package.json"));
  const generator = new Generator(template, path.resolve(out), {
    forceWrite: true,
    templateParams: {
      singleFile: "false",
      // every message shows its examples, open, beside its payload
      config: JSON.stringify({ show: { messageExamples: true }, expand: { messageExamples: true } }),
    },
  });
  await generator.generateFromFile(path.resolve(catalog));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
