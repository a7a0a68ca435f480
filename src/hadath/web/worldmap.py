"""Country outlines from the vendored world-atlas TopoJSON, as equirectangular SVG paths.

No tile server and no network: the Map page draws these paths and the event points on the
server.  In SVG user units one unit is one degree: x = lon + 180, y = 90 - lat.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

ATLAS = Path(__file__).parent / "static" / "vendor" / "world-atlas" / "countries-110m.json"

Point = tuple[float, float]


@dataclass(frozen=True, slots=True)
class Country:
    name: str
    path: str  # SVG path data


def project(lon: float, lat: float) -> Point:
    """Equirectangular projection into map units (degrees from the top-left corner)."""
    return lon + 180.0, 90.0 - lat


def load_countries(path: Path = ATLAS) -> list[Country]:
    """Every country of the TopoJSON file as an SVG path, rings closed."""
    topo = json.loads(path.read_text(encoding="utf-8"))
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs: list[list[Point]] = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:  # quantised, delta-encoded positions
            x, y = x + dx, y + dy
            points.append(project(x * sx + tx, y * sy + ty))
        arcs.append(points)
    countries = []
    for geometry in topo["objects"]["countries"]["geometries"]:
        if geometry.get("type") == "Polygon":
            polygons = [geometry["arcs"]]
        elif geometry.get("type") == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            continue
        parts = [_ring_path(ring, arcs) for polygon in polygons for ring in polygon]
        name = (geometry.get("properties") or {}).get("name", "")
        countries.append(Country(name=name, path=" ".join(parts)))
    return countries


def _ring_path(ring: list[int], arcs: list[list[Point]]) -> str:
    points: list[Point] = []
    for index in ring:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])  # arcs share their end points
    head, *rest = points
    return f"M{head[0]:.2f},{head[1]:.2f}" + "".join(f"L{x:.2f},{y:.2f}" for x, y in rest) + "Z"


def view_box(
    points: list[Point], margin: float = 6.0, min_span: float = 30.0
) -> tuple[float, float, float, float]:
    """(x, y, width, height) of an SVG viewBox around projected `points` (the whole world
    when there are none)."""
    if not points:
        return (0.0, 0.0, 360.0, 180.0)
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    x0, x1 = min(xs) - margin, max(xs) + margin
    y0, y1 = min(ys) - margin, max(ys) + margin
    if x1 - x0 < min_span:
        mid = (x0 + x1) / 2
        x0, x1 = mid - min_span / 2, mid + min_span / 2
    if y1 - y0 < min_span / 2:
        mid = (y0 + y1) / 2
        y0, y1 = mid - min_span / 4, mid + min_span / 4
    x0, y0 = max(0.0, x0), max(0.0, y0)
    x1, y1 = min(360.0, x1), min(180.0, y1)
    return (x0, y0, x1 - x0, y1 - y0)
