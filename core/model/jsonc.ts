// jsonc-parser, whichever way it is loaded: its ES module when bundled, its UMD build (a CommonJS default) under Node.
import * as ns from "jsonc-parser";

type Jsonc = typeof ns;
export const jsonc: Jsonc = "parseTree" in ns && typeof ns.parseTree === "function" ? ns : (Reflect.get(ns, "default") as Jsonc);
export type { Node as JsonNode, ParseError } from "jsonc-parser";
