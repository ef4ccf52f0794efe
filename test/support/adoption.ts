// Texts the baseline, --new-since and protocol tests share: a service, and a disclosure to it that findings can be added to.

export const SERVICES = `service ALPHA { country: XA type: intelligence }\n`;

/** A disclosure to ALPHA (not weighed, no agreement: it has findings of its own); `extra` adds lines before its `}`. */
export const disclosure = (name: string, extra = "") => `disclosure ${name} {
  to: ALPHA
  date: 2026-03-02
  basis: own-task
  investigation: "Piracy"
  data: [general]
  reliability: B2
  approval: department-head 2026-03-01 "AFD/1"${extra}
}
`;
