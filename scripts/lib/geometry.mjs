// Plane geometry for drawing outlines as SVG: clipping a ring to a frame, simplifying it
// (Douglas–Peucker) and writing it as compact path data.

// Sutherland–Hodgman against the picture's frame (with a margin), as scripts/make-map.mjs does.
export function clipRing(ring, W, H, m = 8) {
  const sides = [
    [(p) => p[0] >= -m, (a, b) => lerpX(a, b, -m)],
    [(p) => p[0] <= W + m, (a, b) => lerpX(a, b, W + m)],
    [(p) => p[1] >= -m, (a, b) => lerpY(a, b, -m)],
    [(p) => p[1] <= H + m, (a, b) => lerpY(a, b, H + m)],
  ];
  let out = ring;
  for (const [inside, cross] of sides) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const a = input[(i + input.length - 1) % input.length];
      const b = input[i];
      if (inside(b)) {
        if (!inside(a)) out.push(cross(a, b));
        out.push(b);
      } else if (inside(a)) out.push(cross(a, b));
    }
    if (out.length === 0) break;
  }
  return out;
}
const lerpX = (a, b, x) => [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
const lerpY = (a, b, y) => [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];

// Douglas–Peucker for a closed ring: split at the point farthest from the first, so that
// neither half runs from a point back to itself (which would keep nothing).
export function simplifyRing(points, tolerance) {
  if (points.length < 4) return points;
  let far = 0;
  let best = -1;
  points.forEach(([x, y], k) => {
    const d = Math.hypot(x - points[0][0], y - points[0][1]);
    if (d > best) [best, far] = [d, k];
  });
  if (far === 0) return points;
  const a = simplify(points.slice(0, far + 1), tolerance);
  const b = simplify([...points.slice(far), points[0]], tolerance);
  return [...a, ...b.slice(1, -1)];
}

export function simplify(points, tolerance) {
  if (points.length < 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [i, j] = stack.pop();
    const [ax, ay] = points[i];
    const [bx, by] = points[j];
    const len = Math.hypot(bx - ax, by - ay) || 1;
    let worst = -1;
    let at = -1;
    for (let k = i + 1; k < j; k++) {
      const [px, py] = points[k];
      const d = Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / len;
      if (d > worst) [worst, at] = [d, k];
    }
    if (worst > tolerance) {
      keep[at] = 1;
      stack.push([i, at], [at, j]);
    }
  }
  return points.filter((_, k) => keep[k]);
}

// A ring as compact path data: whole units, relative steps, repeated points dropped.
export function ringPath(pts) {
  let [px, py] = pts[0].map(Math.round);
  let d = `M${px} ${py}`;
  for (const [x, y] of pts.slice(1).map((p) => p.map(Math.round))) {
    if (x === px && y === py) continue;
    d += `l${x - px} ${y - py}`;
    [px, py] = [x, y];
  }
  return d + "z";
}
