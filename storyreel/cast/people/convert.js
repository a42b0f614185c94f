// Turns every part of the react-peeps package into a plain SVG fragment, by running its
// React.createElement calls against a tiny stand-in for React that prints SVG.
const path = require('path');
const Module = require('module');
const root = process.argv[2];
const STROKE = '#000000', BACKGROUND = '#ffffff';
const keep = new Set(['viewBox']);
const attr = (k) => keep.has(k) ? k : k.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());
const esc = (v) => String(v).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
function render(node) {
  if (node === null || node === undefined || node === false || node === true) return '';
  if (Array.isArray(node)) return node.map(render).join('');
  if (typeof node === 'string' || typeof node === 'number') return esc(node);
  const { type, props, children } = node;
  if (typeof type === 'function') return render(type({ ...props, children }));
  const attrs = Object.entries(props || {}).filter(([k, v]) => v !== undefined && v !== null && k !== 'style')
    .map(([k, v]) => ` ${attr(k)}="${esc(v)}"`).join('');
  return `<${type}${attrs}>${render(children)}</${type}>`;
}
const react = { createElement: (type, props, ...children) => ({ type, props, children }), useMemo: (f) => f() };
react.default = react;
const load = Module._load;
Module._load = function (request, ...rest) { return request === 'react' ? react : load.call(this, request, ...rest); };
const lib = path.join(root, 'lib', 'peeps');
const groups = {
  standing: require(path.join(lib, 'pose/standing/z_options')).StandingPose,
  sitting: require(path.join(lib, 'pose/sitting/z_options')).SittingPose,
  hair: require(path.join(lib, 'hair/z_options')).Hair,
  face: require(path.join(lib, 'face/z_options')).Face,
  facial_hair: require(path.join(lib, 'facialHair/z_options')).FacialHair,
  accessories: require(path.join(lib, 'accessories/z_options')).Accessories,
};
const out = {};
for (const [group, parts] of Object.entries(groups)) {
  out[group] = {};
  for (const name of Object.keys(parts).sort()) {
    out[group][name] = render(react.createElement(parts[name], { strokeColor: STROKE, backgroundColor: BACKGROUND }));
  }
}
process.stdout.write(JSON.stringify(out, null, 0));
