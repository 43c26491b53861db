// The TypeScript types of the API contract: `node openapi-types.mjs SPEC OUT` (tools/ts_sdk.py runs it).
// openapi-typescript writes them; every `type: number` of the contract (an amount, a balance) is
// typed as the exact Decimal, never as a JS number.
import { writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";

const [spec, out, header] = process.argv.slice(2);
const DECIMAL = ts.factory.createTypeReferenceNode("Decimal");
const NULL = ts.factory.createLiteralTypeNode(ts.factory.createNull());

function isNumber(schema) {
  return schema.type === "number" || (Array.isArray(schema.type) && schema.type.includes("number"));
}

const ast = await openapiTS(pathToFileURL(spec), {
  transform(schema) {
    if (!isNumber(schema)) return undefined;
    const nullable = schema.nullable === true || (Array.isArray(schema.type) && schema.type.includes("null"));
    return nullable ? ts.factory.createUnionTypeNode([DECIMAL, NULL]) : DECIMAL;
  },
  inject: 'import type { Decimal } from "./money.js";',
  rootTypes: true,
  rootTypesNoSchemaPrefix: true,
  silent: true,
});
writeFileSync(out, `${header}\n${astToString(ast)}`);
