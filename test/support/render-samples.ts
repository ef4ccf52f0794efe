// Declarations for the rendering tests: a clause of awkward characters, and an agreement with open findings.

/** Every character that tends to get lost between a file and a document: quotes, markup, ampersands, right-to-left names, emoji, a very long word. */
export const AWKWARD = `service RTL "שירות הביטחון הכללי" {
  country: XA
  type: security
  priority: primary
  relationship: trusted
}

agreement AWK-1 "Agreement on “quotes” & <angle brackets>" {
  form: mou
  kind: intelligence
  parties: [MIVD, RTL]
  status: draft
  clause 1 "Quotes & <markup>" {
    concerns: other
    text: """
      He said “quoted”, ‘single’ and "straight" & <b>not bold</b> &amp; AT&T.
      The liaison דוד כהן met محمد علي and both signed 😀 🎉 👍.

      Rechtsbijstandsverzekeringsovereenkomstenonderhandelingsdelegatieledenvergaderingsverslagen are long.

      1. A numbered item with *stars*, _underscores_ and \`backticks\`
         (a) A lettered item # not a heading
         (b) Another | with a pipe
      2. A second numbered item
    """
  }
}
`;

/** What must be found, each piece whole, in every format's text. */
export const AWKWARD_PIECES = [
  "Agreement on “quotes” & <angle brackets>", "Quotes & <markup>", "“quoted”", "‘single’", '"straight"', "& <b>not bold</b> &amp; AT&T.", "שירות הביטחון הכללי",
  "דוד כהן", "محمد علي", "😀", "🎉", "👍", "Rechtsbijstandsverzekeringsovereenkomstenonderhandelingsdelegatieledenvergaderingsverslagen",
  "*stars*", "_underscores_", "`backticks`", "# not a heading", "| with a pipe",
];

/** A signed agreement without its date of signature (an error) and without a third-party clause (a warning). */
export const BROKEN_AGREEMENT = `service XRAY "Xrayan Intelligence Service" {
  country: XR
  type: intelligence
  priority: secondary
  relationship: established
}

assessment XRAY-2026 "Weighing note Xrayan IS" {
  service: XRAY
  date: 2026-01-10
  approval: director 2026-01-12 "DIR/2026/001"
  criteria {
    human-rights: met "Oversight in place."
    professionalism: met "Reliable."
    international-obligations: met "Ally."
    task-performance: met "Useful."
    reciprocity: met "Balanced."
  }
  permits: [general-data, personal-data]
  review-by: 2028-01-10
}

agreement MOU-X "Memorandum with Xraya" {
  form: mou
  kind: intelligence
  parties: [MIVD, XRAY]
  status: signed
  ministry-review: 2026-01-20 "BS/2026/003"
  covers: [general-data, personal-data]
  clause 1 "Purpose" {
    concerns: purpose
    text: "The Participants exchange intelligence."
  }
  clause 2 "Scope" {
    concerns: scope
    text: """
      This Memorandum applies to
      information exchanged between the Participants.
    """
  }
}
`;
