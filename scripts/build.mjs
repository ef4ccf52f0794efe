// Builds Entente with esbuild: out/ (every module transpiled, for tests and benchmarks) and the bundles in dist/.
import { build } from "esbuild";
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const SOURCES = ["grammar", "core", "protocol", "server", "cli", "client", "test", "bench"];

function tsFiles(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...tsFiles(p));
    else if (e.name.endsWith(".ts") && !e.name.endsWith(".d.ts")) out.push(p);
  }
  return out;
}

// `module` first: jsonc-parser's UMD entry requires its parts dynamically, which a bundle cannot follow.
const common = { platform: "node", target: "node20", sourcemap: true, logLevel: "warning", legalComments: "none", mainFields: ["module", "main"] };

// ENTENTE_OUT builds the per-module tree elsewhere, so that a second build does not disturb tests running from out/.
const outdir = process.env.ENTENTE_OUT ?? "out";
rmSync(outdir, { recursive: true, force: true });
await build({
  ...common,
  entryPoints: SOURCES.filter((d) => existsSync(d)).flatMap((d) => tsFiles(d)),
  outdir,
  outbase: ".",
  format: "esm",
  bundle: false,
});

const dist = process.env.ENTENTE_DIST ?? "dist";
// The bundles are what users run, so they are always minified; source maps keep stack traces readable.
const minify = true;

// ESM bundle for the CLI: CommonJS dependencies inside it need a `require` for Node's built-in modules.
await build({
  ...common,
  entryPoints: { cli: "cli/main.ts" },
  outdir: dist,
  bundle: true,
  format: "esm",
  minify,
  banner: { js: 'import { createRequire as __entente_cr } from "node:module"; const require = __entente_cr(import.meta.url);' },
});

// CommonJS bundles for VS Code (which loads extensions with require) and the language server.
const cjs = {
  ...common,
  bundle: true,
  format: "cjs",
  minify,
  // docs.ts asks for __dirname before import.meta, so the latter is never read in these bundles.
  define: { "import.meta.url": "undefined" },
};
await build({ ...cjs, entryPoints: { server: "server/main.ts" }, outdir: dist, outExtension: { ".js": ".cjs" } });
await build({ ...cjs, entryPoints: { client: "client/extension.ts" }, outdir: dist, outExtension: { ".js": ".cjs" }, external: ["vscode"] });

// The VS Code suite, bundled for the extension host: for @vscode/test-electron, and as a test-only extension for code-server.
const testBundles = join(outdir, "test-bundles");
await build({ ...cjs, entryPoints: { "electron-entry": "test/vscode/electron-entry.ts" }, outdir: testBundles, outExtension: { ".js": ".cjs" }, external: ["vscode"], minify: false });
await build({ ...cjs, entryPoints: { extension: "test/vscode/host-extension.ts" }, outdir: join(testBundles, "host"), outExtension: { ".js": ".cjs" }, external: ["vscode"], minify: false });
copyFileSync("test/vscode/host/package.json", join(testBundles, "host", "package.json"));

// The extension's TextMate grammar, snippet file and schema of entente.json, generated from the schema so that they never drift from it.
const load = (module) => import(pathToFileURL(resolve(outdir, module)).href);
const { textmateGrammar } = await load("core/features/textmate.js");
const { declarationSnippets } = await load("core/features/snippets.js");
const { configSchema } = await load("core/features/config-schema.js");
const { baselineSchema } = await load("core/features/baseline-schema.js");
mkdirSync(dist, { recursive: true });
writeFileSync(join(dist, "entente.tmLanguage.json"), JSON.stringify(textmateGrammar(), null, 2) + "\n");
const snippets = Object.fromEntries(declarationSnippets("en").map((s) => [s.name, { prefix: s.prefix, body: s.body.split("\n"), description: s.description }]));
writeFileSync(join(dist, "entente.snippets.json"), JSON.stringify(snippets, null, 2) + "\n");
writeFileSync(join(dist, "entente.schema.json"), JSON.stringify(configSchema(), null, 2) + "\n");
writeFileSync(join(dist, "entente-baseline.schema.json"), JSON.stringify(baselineSchema(), null, 2) + "\n");
