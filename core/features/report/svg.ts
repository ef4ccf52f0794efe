// Inline SVG bar charts of the quid-pro-quo balance: disclosures given against receipts received, per quarter.
import type { Flow } from "./build.js";

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

const BAR = 18;
const GAP = 22;
const HEIGHT = 150;
const LEFT = 34;
const BOTTOM = 22;

/** A grouped bar chart (given, received) per quarter; colours come from the page's CSS, so it follows the theme. */
export function balanceChart(quarters: ({ quarter: string } & Flow)[], title: string): string {
  const max = Math.max(1, ...quarters.flatMap((q) => [q.given, q.received]));
  const step = Math.max(1, Math.ceil(max / 4));
  const top = step * Math.ceil(max / step);
  const width = LEFT + quarters.length * (2 * BAR + GAP) + GAP;
  const y = (n: number) => HEIGHT - (n / top) * (HEIGHT - 10);
  const parts: string[] = [];
  for (let v = 0; v <= top; v += step) {
    parts.push(`<line class="grid" x1="${LEFT}" x2="${width}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" />`,
      `<text class="axis" x="${LEFT - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end">${v}</text>`);
  }
  quarters.forEach((q, i) => {
    const x = LEFT + GAP + i * (2 * BAR + GAP);
    for (const [side, dx] of [["given", 0], ["received", BAR]] as const) {
      const h = HEIGHT - y(q[side]);
      parts.push(`<rect class="${side}" x="${x + dx}" y="${y(q[side]).toFixed(1)}" width="${BAR - 1}" height="${h.toFixed(1)}"><title>${escapeXml(`${q.quarter} ${side}: ${q[side]}`)}</title></rect>`);
    }
    parts.push(`<text class="axis" x="${x + BAR}" y="${HEIGHT + 15}" text-anchor="middle">${escapeXml(q.quarter)}</text>`);
  });
  return `<svg class="chart" role="img" width="${width}" height="${HEIGHT + BOTTOM}" viewBox="0 0 ${width} ${HEIGHT + BOTTOM}"><title>${escapeXml(title)}</title>${parts.join("")}</svg>`;
}
