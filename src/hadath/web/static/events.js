// Events page: clicking a row opens its provenance (sentence with trigger, source and
// target highlighted, the document, other articles reporting the same happening).
// Every text from the API is inserted with textContent, so article text never becomes markup.
"use strict";

function runSpan(run) {
  const span = document.createElement(run.labels.length ? "mark" : "span");
  span.textContent = run.text;
  for (const label of run.labels) span.classList.add(label);
  return span;
}

function metaItem(term, value) {
  const dt = document.createElement("dt");
  dt.textContent = term;
  const dd = document.createElement("dd");
  const bdi = document.createElement("bdi");
  bdi.textContent = value == null ? "" : String(value);
  dd.appendChild(bdi);
  return [dt, dd];
}

async function openProvenance(row) {
  const panel = document.getElementById("provenance");
  for (const other of document.querySelectorAll("tr.event-row.selected")) other.classList.remove("selected");
  row.classList.add("selected");
  const response = await fetch("/api/events/" + encodeURIComponent(row.dataset.eventId));
  if (!response.ok) throw new Error("provenance: HTTP " + response.status);
  const data = await response.json();
  const event = data.event;
  document.getElementById("prov-sentence").replaceChildren(...data.sentence.map(runSpan));
  const meta = [
    ["Event", `${event.cameo} ${event.plover} (quad ${event.quad_class}, Goldstein ${event.goldstein})`],
    ["Source", `${event.source.code} ${event.source.name_en || ""}`],
    ["Target", event.target ? `${event.target.code} ${event.target.name_en || ""}` : "-"],
    ["Date", event.date ? `${event.date.value} (${event.date.basis})` : "-"],
    ["Document", data.document.title || data.document.source],
    ["Outlet", data.document.outlet || ""],
    ["Confidence", event.confidence],
  ];
  document.getElementById("prov-meta").replaceChildren(...meta.flatMap(([k, v]) => metaItem(k, v)));
  document.getElementById("prov-doc").href = "/documents/" + encodeURIComponent(event.doc_id);
  const others = data.other_reports.map((report) => {
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.href = "/documents/" + encodeURIComponent(report.doc_id);
    const bdi = document.createElement("bdi");
    bdi.textContent = report.title || report.doc_id;
    a.appendChild(bdi);
    const small = document.createElement("small");
    small.textContent = ` ${report.outlet || ""} ${report.published || ""}`;
    li.append(a, small);
    return li;
  });
  if (!others.length) {
    const li = document.createElement("li");
    li.className = "empty";
    li.textContent = "-";
    others.push(li);
  }
  document.getElementById("prov-others").replaceChildren(...others);
  panel.hidden = false;
  panel.dataset.eventId = event.id;
}

document.addEventListener("DOMContentLoaded", () => {
  const table = document.getElementById("events-table");
  if (!table) return;
  const open = (target) => {
    const row = target.closest("tr.event-row");
    if (row) openProvenance(row).catch((err) => console.warn(err));
  };
  table.addEventListener("click", (ev) => open(ev.target));
  table.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter") open(ev.target);
  });
});
