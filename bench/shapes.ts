// Workspaces of one growing shape each, for the growth benchmark: every cost must grow linearly with N.

export interface ShapeFile {
  path: string;
  text: string;
}

const OWN = "service MIVD { country: NL type: military-intelligence own: yes }\n";
const ALPHA = "service ALPHA { country: XA type: intelligence relationship: trusted }\n";
const WEIGHING = `assessment ALPHA-2025 {
  service: ALPHA
  date: 2025-01-10
  approval: director 2025-01-12 "DIR/1"
  criteria { human-rights: met "a" professionalism: met "b" international-obligations: met "c" task-performance: met "d" reciprocity: met "e" }
  permits: [general-data, information-requests]
}
`;

const disclosure = (i: number, adHoc = false) =>
  `disclosure D-${i} { to: ALPHA date: 2026-0${1 + (i % 9)}-1${i % 10} basis: own-task investigation: "Case ${i % 50}" data: [general] reliability: B2 onward: none${adHoc ? " ad-hoc: yes" : ""} approval: department-head 2026-01-01 "AFD/${i}" }\n`;

/** The shapes the growth benchmark measures, each a function of N. */
export const SHAPES: Record<string, { make: (n: number) => ShapeFile[] }> = {
  "one file of N declarations": { make: (n) => [{ path: "all.entente", text: OWN + ALPHA + WEIGHING + Array.from({ length: n }, (_, i) => disclosure(i)).join("") }] },
  "N files": { make: (n) => [{ path: "own.entente", text: OWN + ALPHA + WEIGHING }, ...Array.from({ length: n }, (_, i) => ({ path: `f${i}.entente`, text: disclosure(i) }))] },
  "N copies of one name": { make: (n) => [{ path: "same.entente", text: OWN + Array.from({ length: n }, () => "service ECHO { country: XE type: intelligence }\n").join("") }] },
  "N references to one service": {
    make: (n) => [{ path: "refs.entente", text: OWN + "service ECHO { country: XE type: intelligence }\n" + Array.from({ length: n }, (_, i) => disclosure(i, true).replace("to: ALPHA", "to: ECHO")).join("") }],
  },
  "N clauses": {
    make: (n) => [{ path: "mou.entente", text: OWN + ALPHA + WEIGHING + `agreement MOU { parties: [MIVD, ALPHA] status: signed signed: 2025-02-01 ministry-review: 2025-01-20 covers: [general-data]\n`
      + Array.from({ length: n }, (_, i) => `  clause ${i + 1} "Clause ${i + 1}" { concerns: other text: """\n    Text of clause ${i + 1}.\n  """ }\n`).join("") + "}\n" }],
  },
  "deep nesting": { make: (n) => [{ path: "deep.entente", text: "service S {" + " x {".repeat(n) + "}".repeat(n + 1) + "\n" }] },
  "N stray braces": { make: (n) => [{ path: "braces.entente", text: "{".repeat(n) }] },
};
