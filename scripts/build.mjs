// Builds Entente with esbuild: out/ (every module transpiled, for tests and benchmarks) and the bundles in dist/.
import { build } from "esbuild";
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
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

/**
 * fontkit decodes a 120 KB Brotli dictionary as it loads, for WOFF2 fonts only; Entente embeds TTF and
 * WOFF fonts, so the bundles get a stand-in that says so. It took a third of the time a PDF needs.
 */
const noWoff2 = {
  name: "no-woff2",
  setup(b) {
    b.onResolve({ filter: /^brotli\/decompress(\.js)?$/ }, () => ({ path: "brotli-decompress", namespace: "entente-stub" }));
    b.onLoad({ filter: /.*/, namespace: "entente-stub" }, () => ({
      contents: "export default function decompress() { throw new Error('Entente embeds TTF and WOFF fonts, not WOFF2'); }", loader: "js",
    }));
  },
};

/**
 * The Chevrotain grammar is the slow path of parsing, needed only for input the fast path gives up on,
 * yet it is a third of what a command loads at start. The bundles get it as `grammar.cjs`, required on
 * first use; `grammar/load-recover.ts` is the plain import that out/ keeps.
 */
const lazyGrammar = {
  name: "lazy-grammar",
  setup(b) {
    b.onResolve({ filter: /^\.\/load-recover\.js$/ }, () => ({ path: "load-recover", namespace: "entente-lazy" }));
    b.onResolve({ filter: /^\.\/grammar\.cjs$/ }, (a) => ({ path: a.path, external: true }));
    b.onLoad({ filter: /.*/, namespace: "entente-lazy" }, () => ({
      contents: 'let loaded; export function loadRecover() { return (loaded ??= require("./grammar.cjs")); }', loader: "js",
    }));
  },
};

/**
 * The CLI and the language server get the Word and PDF writers as files of their own, loaded when a document
 * asks for them. By `require`: an `import()` of a CommonJS file goes through Node's ES module loader, which
 * reads the whole file for its exports first and took twice as long.
 */
const lazyWriters = {
  name: "lazy-writers",
  setup(b) {
    b.onResolve({ filter: /^\.\/(docx|pdf)\.js$/ }, (a) => (a.importer.endsWith("render.ts") ? { path: a.path.slice(2, -3), namespace: "entente-writer" } : undefined));
    b.onResolve({ filter: /^\.\/(docx|pdf)\.cjs$/ }, (a) => ({ path: a.path, external: true }));
    b.onLoad({ filter: /.*/, namespace: "entente-writer" }, (a) => ({ contents: `module.exports = require("./${a.path}.cjs");`, loader: "js" }));
  },
};

/**
 * The PDF writer's Unicode tables (line breaking, character classes) and WOFF fonts are raw DEFLATE data
 * that tiny-inflate decodes in JavaScript as the writer loads: 24 ms of a PDF's 330. The bundles decode them
 * with Node's zlib instead, which keeps tiny-inflate's contract (fills `dest`, returns it or the part written).
 */
const nativeInflate = {
  name: "native-inflate",
  setup(b) {
    b.onResolve({ filter: /^tiny-inflate$/ }, () => ({ path: "tiny-inflate", namespace: "entente-inflate" }));
    b.onLoad({ filter: /.*/, namespace: "entente-inflate" }, () => ({
      contents: `const { inflateRawSync } = require("node:zlib");
module.exports = function inflate(source, dest) {
  const out = inflateRawSync(source);
  const n = Math.min(out.length, dest.length);
  dest.set(out.subarray(0, n));
  return n < dest.length ? dest.slice(0, n) : dest;
};`, loader: "js",
    }));
  },
};

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
// The bundles are what users run, so they are minified (ENTENTE_NOMINIFY=1 keeps the names, for profiling); source maps keep stack traces readable.
const minify = !process.env.ENTENTE_NOMINIFY;

// What earlier builds left that this one does not make: the CLI was an ES bundle split into chunks.
rmSync(join(dist, "chunks"), { recursive: true, force: true });
for (const f of existsSync(dist) ? readdirSync(dist) : []) if (/^(cli\.js|.*-[A-Z0-9]{8}\.js)(\.map)?$/.test(f)) rmSync(join(dist, f));

// CommonJS bundles for VS Code (which loads extensions with require) and the language server.
const cjs = {
  ...common,
  bundle: true,
  format: "cjs",
  minify,
  plugins: [noWoff2, nativeInflate],
  // docs.ts asks for __dirname before import.meta; modules that only know import.meta.url (PDFKit's ESM
  // build, which names its colour profile by it) get the bundle's own address.
  define: { "import.meta.url": "__entente_module_url" },
  banner: { js: 'var __entente_module_url = require("url").pathToFileURL(__filename).href;' },
};
// The CLI is CommonJS too, started from a CommonJS bin/: a command then never sets up Node's ES module loader,
// 5 ms of a small lint. The grammar, the Word writer and the PDF writer are files of their own that both share.
await build({ ...cjs, entryPoints: { cli: "cli/main.ts", server: "server/main.ts" }, outdir: dist, outExtension: { ".js": ".cjs" }, plugins: [noWoff2, nativeInflate, lazyGrammar, lazyWriters] });
await build({ ...cjs, entryPoints: { grammar: "grammar/recover.ts", docx: "core/features/render/docx.ts", pdf: "core/features/render/pdf.ts" }, outdir: dist, outExtension: { ".js": ".cjs" } });
await build({ ...cjs, entryPoints: { client: "client/extension.ts" }, outdir: dist, outExtension: { ".js": ".cjs" }, external: ["vscode"] });

// The VS Code suite, bundled for the extension host: for @vscode/test-electron, and as a test-only extension for code-server.
const testBundles = join(outdir, "test-bundles");
await build({ ...cjs, entryPoints: { "electron-entry": "test/vscode/electron-entry.ts" }, outdir: testBundles, outExtension: { ".js": ".cjs" }, external: ["vscode"], minify: false });
await build({ ...cjs, entryPoints: { extension: "test/vscode/host-extension.ts" }, outdir: join(testBundles, "host"), outExtension: { ".js": ".cjs" }, external: ["vscode"], minify: false });
copyFileSync("test/vscode/host/package.json", join(testBundles, "host", "package.json"));

// The fonts a PDF embeds, with their licences: DejaVu (Bitstream Vera licence) and Noto Emoji (SIL Open Font License).
const fonts = join(dist, "fonts");
mkdirSync(fonts, { recursive: true });
for (const [from, to] of [
  ["node_modules/dejavu-fonts-ttf/ttf/DejaVuSerif.ttf", "DejaVuSerif.ttf"],
  ["node_modules/dejavu-fonts-ttf/ttf/DejaVuSerif-Bold.ttf", "DejaVuSerif-Bold.ttf"],
  ["node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf", "DejaVuSans.ttf"],
  ["node_modules/dejavu-fonts-ttf/LICENSE", "LICENSE-DejaVu.txt"],
  ["node_modules/@fontsource/noto-emoji/files/noto-emoji-emoji-400-normal.woff", "NotoEmoji-Regular.woff"],
  ["node_modules/@fontsource/noto-emoji/LICENSE", "LICENSE-NotoEmoji.txt"],
]) copyFileSync(from, join(fonts, to));

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

// The code cache of the CLI bundle (bin/code-cache.js), made by a lint of the examples in a process of its own and
// then checked in another: a build for a Node whose V8 does not take it still works, only without the cache.
rmSync(join(dist, "cli.cjs.cache"), { force: true });
const made = spawnSync(process.execPath, ["scripts/code-cache.cjs"], { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
const taken = made.status === 0 && spawnSync(process.execPath, ["-e", `process.exitCode = require("./bin/code-cache.js").compile(${JSON.stringify(resolve(dist, "cli.cjs"))}, ${JSON.stringify(resolve(dist, "cli.cjs.cache"))}).accepted ? 0 : 1`]).status === 0;
if (!taken) {
  rmSync(join(dist, "cli.cjs.cache"), { force: true });
  process.stderr.write(`warning: no code cache for the CLI (${made.status === 0 ? "V8 did not take it" : made.stderr.trim().split("\n").pop()}); commands compile the bundle each time\n`);
}
