// The small world the VS Code suite writes beside the examples, so that its edits (fix, format, rename) touch no example.

/** A fully weighed partner with an agreement in force. */
export const SCRATCH_PARTNER = `// A partner for the editor tests.
service ZULU "Zuluan Intelligence Service" {
  country: XZ
  type: intelligence
  priority: secondary
  relationship: established
}

assessment ZULU-2026 "Weighing note Zuluan IS" {
  service: ZULU
  date: 2026-01-15
  approval: director 2026-01-20 "DIR/2026/101"
  criteria {
    human-rights: met "Independent oversight."
    professionalism: met "Reliable."
    international-obligations: met "Treaty partner."
    task-performance: met "Unique coverage."
    reciprocity: met "Balanced."
  }
  permits: [general-data, personal-data, information-requests]
  review-by: 2028-01-15
}

agreement MOU-ZULU "Memorandum on the exchange of intelligence" {
  parties: [MIVD, ZULU]
  status: signed
  ministry-review: 2025-04-10
  signed: 2025-06-01
  covers: [general-data, personal-data, information-requests]
  clause 7 "Onward disclosure" {
    concerns: third-party-rule
    text: "Not to a third party without consent."
  }
}
`;

/** A disclosure that lacks only its third-party rule. */
export const SCRATCH_ACTS = `// Acts for the editor tests.
disclosure D-SCRATCH-1 "Port call schedule" {
  to: ZULU
  date: 2026-03-02
  basis: own-task
  investigation: "Counter-piracy"
  data: [general]
  reliability: B2
  approval: department-head 2026-03-01 "AFD-I/2026/140"
  // more fields here
}
`;

export const SCRATCH_MESSY = `service ROMEO "Romean Security Service"{country:XR   type: security
// a note kept
priority:tertiary}
`;

export const SCRATCH_MESSY_FORMATTED = `service ROMEO "Romean Security Service" {
  country: XR
  type: security
  // a note kept
  priority: tertiary
}
`;
