/**
 * Small geometry for the knowledge base's fact checks: point in polygon (lon/lat treated as a plane,
 * fine at country scale) and the great-circle distance from a point to a polygon's edges, so that a
 * coastal city a few hundred metres off a generalised coastline still counts as inside.
 */

/** [lon, lat] */
export type Position = [number, number];
/** rings: the first is the outer boundary, the rest are holes */
export type Polygon = Position[][];

/** Ray casting over all rings (holes flip the parity). */
export function pointInPolygon(lon: number, lat: number, polygon: Polygon): boolean {
  let inside = false;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

const EARTH_KM = 6371.0088;
const rad = (d: number) => (d * Math.PI) / 180;

/** Great-circle distance in kilometres. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = rad(lat2 - lat1);
  const dLon = rad(lon2 - lon1);
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * Distance in km from a point to the nearest edge of the polygons (0 when inside one).
 * Edges are projected locally (equirectangular around the point): accurate to a few percent
 * at the distances that matter here (tens of km).
 */
export function distanceToPolygonsKm(lon: number, lat: number, polygons: Polygon[]): number {
  for (const p of polygons) if (pointInPolygon(lon, lat, p)) return 0;
  const kx = EARTH_KM * rad(1) * Math.cos(rad(lat));
  const ky = EARTH_KM * rad(1);
  let best = Infinity;
  for (const p of polygons) {
    for (const ring of p) {
      for (let i = 0; i + 1 < ring.length; i++) {
        let [ax, ay] = ring[i]!;
        let [bx, by] = ring[i + 1]!;
        // unwrap across the antimeridian relative to the point
        if (ax - lon > 180) ax -= 360;
        if (ax - lon < -180) ax += 360;
        if (bx - lon > 180) bx -= 360;
        if (bx - lon < -180) bx += 360;
        const x1 = (ax - lon) * kx, y1 = (ay - lat) * ky, x2 = (bx - lon) * kx, y2 = (by - lat) * ky;
        const dx = x2 - x1, dy = y2 - y1;
        const len2 = dx * dx + dy * dy;
        let t = len2 > 0 ? -(x1 * dx + y1 * dy) / len2 : 0;
        t = Math.max(0, Math.min(1, t));
        const d = Math.hypot(x1 + t * dx, y1 + t * dy);
        if (d < best) best = d;
      }
    }
  }
  return best;
}

/** Area-weighted centroid of a polygon's outer ring (planar lon/lat), and its planar area. */
export function ringCentroid(ring: Position[]): { lon: number; lat: number; area: number } {
  let a = 0, cx = 0, cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = ring[j]!;
    const [x1, y1] = ring[i]!;
    const f = x0 * y1 - x1 * y0;
    a += f;
    cx += (x0 + x1) * f;
    cy += (y0 + y1) * f;
  }
  if (a === 0) return { lon: ring[0]![0], lat: ring[0]![1], area: 0 };
  return { lon: cx / (3 * a), lat: cy / (3 * a), area: Math.abs(a / 2) };
}
