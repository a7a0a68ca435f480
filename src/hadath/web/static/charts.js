// Small SVG helpers shared by the timeline and network pages (no library: a few lines do).
"use strict";

const SVG_NS = "http://www.w3.org/2000/svg";

// An SVG element with attributes; text is set with textContent, never parsed as markup.
function svgEl(name, attrs, text) {
  const el = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attrs || {})) el.setAttribute(key, String(value));
  if (text !== undefined) el.textContent = String(text);
  return el;
}

// A table row of plain-text cells.
function textRow(cells) {
  const tr = document.createElement("tr");
  for (const cell of cells) {
    const td = document.createElement("td");
    td.textContent = String(cell);
    tr.appendChild(td);
  }
  return tr;
}

// Colour of a mean Goldstein score: red for conflict, green for cooperation, grey near 0.
function goldsteinColour(g) {
  const t = Math.max(-1, Math.min(1, g / 10));
  if (Math.abs(t) < 0.02) return "#8a8f98";
  const strength = 35 + Math.round(45 * Math.abs(t));
  return t < 0 ? `hsl(2, 70%, ${80 - strength / 1.5}%)` : `hsl(140, 55%, ${80 - strength / 1.5}%)`;
}

async function fetchJson(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

function showEmpty(figure) {
  const p = document.createElement("p");
  p.className = "empty";
  p.textContent = figure.dataset.empty || "no data";
  figure.replaceChildren(p);
  figure.dataset.drawn = "0";
}
