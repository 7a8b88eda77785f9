// Produce the right-to-left copy of Bootstrap Italia's stylesheet (the package ships only LTR).
// Output: build/bootstrap-italia/css/bootstrap-italia.rtl.min.css, served by Django's staticfiles
// under the same "bootstrap-italia/" prefix as the package's dist folder, so relative URLs hold.
const fs = require("fs");
const path = require("path");
const postcss = require("postcss");
const rtlcss = require("rtlcss");

const root = path.resolve(__dirname, "..");
const src = path.join(root, "node_modules/bootstrap-italia/dist/css/bootstrap-italia.min.css");
const outDir = path.join(root, "build/bootstrap-italia/css");
const out = path.join(outDir, "bootstrap-italia.rtl.min.css");

const css = fs.readFileSync(src, "utf8").replace(/\/\*# sourceMappingURL=.*?\*\//g, "");
const result = postcss([rtlcss()]).process(css, { from: src, to: out, map: false });
fs.mkdirSync(outDir, { recursive: true });
const tmp = out + ".tmp";
fs.writeFileSync(tmp, result.css);
fs.renameSync(tmp, out);
console.log(`rtl: wrote ${path.relative(root, out)} (${result.css.length} bytes)`);
