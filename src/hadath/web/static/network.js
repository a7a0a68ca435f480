// Network page: actors as nodes sized by events, dyads as arrows weighted by counts and
// coloured by mean Goldstein.  Layout: a circle, relaxed by a few force-directed steps.
"use strict";

// Fruchterman-Reingold with a cooling temperature and a weak pull to the centre, so that
// separate components stay on the canvas instead of drifting to its edges.
function layout(nodes, edges, W, H) {
  const pos = new Map();
  const R = Math.min(W, H) / 2 - 70;
  nodes.forEach((n, i) => {
    const a = (2 * Math.PI * i) / nodes.length;
    pos.set(n.id, { x: W / 2 + R * Math.cos(a), y: H / 2 + R * Math.sin(a) });
  });
  const k = 0.5 * Math.sqrt((W * H) / Math.max(nodes.length, 1));
  let temperature = W / 8;
  for (let step = 0; step < 200; step++) {
    const shift = new Map(nodes.map((n) => [n.id, { x: 0, y: 0 }]));
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const pa = pos.get(nodes[i].id), pb = pos.get(nodes[j].id);
        const dx = pa.x - pb.x, dy = pa.y - pb.y;
        const d = Math.max(Math.sqrt(dx * dx + dy * dy), 1);
        const push = (k * k) / d;
        const sa = shift.get(nodes[i].id), sb = shift.get(nodes[j].id);
        sa.x += (dx / d) * push; sa.y += (dy / d) * push;
        sb.x -= (dx / d) * push; sb.y -= (dy / d) * push;
      }
    }
    for (const e of edges) {
      const pa = pos.get(e.source), pb = pos.get(e.target);
      const dx = pa.x - pb.x, dy = pa.y - pb.y;
      const d = Math.max(Math.sqrt(dx * dx + dy * dy), 1);
      const pull = (d * d) / k;
      const sa = shift.get(e.source), sb = shift.get(e.target);
      sa.x -= (dx / d) * pull; sa.y -= (dy / d) * pull;
      sb.x += (dx / d) * pull; sb.y += (dy / d) * pull;
    }
    for (const n of nodes) {
      const p = pos.get(n.id), s = shift.get(n.id);
      s.x += (W / 2 - p.x) * 0.8;  // gravity
      s.y += (H / 2 - p.y) * 0.8;
      const len = Math.max(Math.sqrt(s.x * s.x + s.y * s.y), 0.01);
      p.x = Math.max(50, Math.min(W - 50, p.x + (s.x / len) * Math.min(len, temperature)));
      p.y = Math.max(40, Math.min(H - 40, p.y + (s.y / len) * Math.min(len, temperature)));
    }
    temperature *= 0.97;
  }
  return pos;
}

function drawNetwork(figure, net) {
  if (!net.nodes.length) return showEmpty(figure);
  const W = 900, H = 480;
  const pos = layout(net.nodes, net.edges, W, H);
  const maxEdge = Math.max(...net.edges.map((e) => e.count));
  const maxNode = Math.max(...net.nodes.map((n) => n.count));
  const svg = svgEl("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "actor network" });
  const defs = svgEl("defs");
  for (const kind of ["cooperation", "conflict"]) {
    const marker = svgEl("marker", { id: `arrow-${kind}`, viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 12, markerHeight: 12, markerUnits: "userSpaceOnUse", orient: "auto" });
    marker.appendChild(svgEl("path", { d: "M0,0L10,5L0,10Z", class: `arrow ${kind}` }));
    defs.appendChild(marker);
  }
  svg.appendChild(defs);
  const radius = (n) => 8 + 18 * Math.sqrt(n.count / maxNode);
  const rOf = new Map(net.nodes.map((n) => [n.id, radius(n)]));
  const tbody = document.querySelector("#network-table tbody");
  tbody.replaceChildren();
  for (const e of net.edges) {
    const a = pos.get(e.source), b = pos.get(e.target);
    const dx = b.x - a.x, dy = b.y - a.y, d = Math.sqrt(dx * dx + dy * dy) || 1;
    const ra = rOf.get(e.source), rb = rOf.get(e.target) + 2;
    const line = svgEl("line", {
      x1: a.x + (dx / d) * ra, y1: a.y + (dy / d) * ra, x2: b.x - (dx / d) * rb, y2: b.y - (dy / d) * rb,
      stroke: goldsteinColour(e.goldstein), "stroke-width": 1 + 7 * (e.count / maxEdge),
      class: `edge ${e.kind}`, "marker-end": `url(#arrow-${e.kind})`,
    });
    line.appendChild(svgEl("title", {}, `${e.source} → ${e.target}: ${e.count} events, Goldstein ${e.goldstein}`));
    svg.appendChild(line);
    tbody.appendChild(textRow([e.source, e.target, e.count, e.goldstein]));
  }
  for (const n of net.nodes) {
    const p = pos.get(n.id);
    const g = svgEl("g", { class: "node", "data-code": n.id });
    g.appendChild(svgEl("circle", { cx: p.x, cy: p.y, r: rOf.get(n.id) }));
    g.appendChild(svgEl("text", { x: p.x, y: p.y + 4, "text-anchor": "middle" }, n.id));
    g.appendChild(svgEl("title", {}, `${n.id} ${n.name_en || ""}: ${n.count}`));
    svg.appendChild(g);
  }
  figure.replaceChildren(svg);
  figure.dataset.drawn = String(net.edges.length);
}

document.addEventListener("DOMContentLoaded", () => {
  const figure = document.getElementById("network");
  if (!figure) return;
  fetchJson(figure.dataset.api)
    .then((net) => drawNetwork(figure, net))
    .catch((err) => { console.warn(err); showEmpty(figure); });
});
