// Timeline page: stacked bars of events per period by quad class, and the mean Goldstein
// score of each period as a line on its own -10..+10 axis.
"use strict";

const QUADS = ["1", "2", "3", "4"];

function drawTimeline(figure, series) {
  const periods = [...new Set(series.points.map((p) => p.period))].sort();
  if (!periods.length) return showEmpty(figure);
  const byPeriod = new Map(periods.map((p) => [p, { counts: {}, total: 0, gsum: 0 }]));
  for (const point of series.points) {
    const slot = byPeriod.get(point.period);
    slot.counts[point.key] = (slot.counts[point.key] || 0) + point.count;
    slot.total += point.count;
    slot.gsum += point.goldstein * point.count;
  }
  const W = 900, H = 320, left = 44, right = 44, top = 16, bottom = 56;
  const maxTotal = Math.max(...[...byPeriod.values()].map((s) => s.total));
  const step = (W - left - right) / periods.length;
  const barW = Math.max(2, Math.min(40, step * 0.7));
  const y = (n) => top + (H - top - bottom) * (1 - n / maxTotal);
  const gy = (g) => top + (H - top - bottom) * (1 - (g + 10) / 20);
  const svg = svgEl("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "events over time" });
  svg.appendChild(svgEl("line", { x1: left, x2: W - right, y1: gy(0), y2: gy(0), class: "zero" }));
  for (const tick of [0, Math.ceil(maxTotal / 2), maxTotal]) {
    svg.appendChild(svgEl("text", { x: left - 6, y: y(tick) + 4, class: "axis", "text-anchor": "end" }, tick));
  }
  for (const tick of [-10, 0, 10]) {
    svg.appendChild(svgEl("text", { x: W - right + 6, y: gy(tick) + 4, class: "axis g" }, tick));
  }
  const line = [];
  const tbody = document.querySelector("#timeline-table tbody");
  tbody.replaceChildren();
  periods.forEach((period, i) => {
    const slot = byPeriod.get(period);
    const x = left + i * step + (step - barW) / 2;
    let base = 0;
    for (const quad of QUADS) {
      const n = slot.counts[quad] || 0;
      if (!n) continue;
      const rect = svgEl("rect", { x, width: barW, y: y(base + n), height: y(base) - y(base + n), class: `bar q${quad}` });
      rect.appendChild(svgEl("title", {}, `${period} quad ${quad}: ${n}`));
      svg.appendChild(rect);
      base += n;
    }
    const mean = slot.gsum / slot.total;
    line.push(`${x + barW / 2},${gy(mean)}`);
    if (periods.length <= 40 || i % Math.ceil(periods.length / 20) === 0) {
      svg.appendChild(svgEl("text", { x: x + barW / 2, y: H - bottom + 14, class: "axis date", transform: `rotate(40 ${x + barW / 2} ${H - bottom + 14})` }, period));
    }
    tbody.appendChild(textRow([period, ...QUADS.map((q) => slot.counts[q] || 0), mean.toFixed(2)]));
  });
  svg.appendChild(svgEl("polyline", { points: line.join(" "), class: "goldstein" }));
  for (const pt of line) {
    const [cx, cy] = pt.split(",");
    svg.appendChild(svgEl("circle", { cx, cy, r: 3, class: "goldstein-dot" }));
  }
  figure.replaceChildren(svg);
  figure.dataset.drawn = String(periods.length);
}

document.addEventListener("DOMContentLoaded", () => {
  const figure = document.getElementById("timeline");
  if (!figure) return;
  fetchJson(figure.dataset.api)
    .then((series) => drawTimeline(figure, series))
    .catch((err) => { console.warn(err); showEmpty(figure); });
});
