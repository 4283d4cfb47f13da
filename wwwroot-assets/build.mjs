// Copies the npm libraries OpsCenter uses and its own ES modules into OpsCenter.Web/wwwroot/assets.
// No bundler: each library is one file the browser loads as-is, and our modules are plain ES modules.
// plotly.js is not here: it comes with Plotly.Blazor's NuGet package (build/FrontEndAssets.targets copies it).
import { cpSync, mkdirSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "OpsCenter.Web", "wwwroot", "assets");
const modules = join(here, "node_modules");

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const copy = (from, to) => {
  const source = join(modules, from);
  if (!existsSync(source)) throw new Error(`missing ${from}: run npm ci in wwwroot-assets`);
  const target = join(out, to);
  mkdirSync(dirname(target), { recursive: true });
  cpSync(source, target, { recursive: true });
};

copy("leaflet/dist/leaflet.js", "vendor/leaflet/leaflet.js");
copy("leaflet/dist/leaflet.css", "vendor/leaflet/leaflet.css");
copy("leaflet/dist/images", "vendor/leaflet/images");
copy("leaflet.heat/dist/leaflet-heat.js", "vendor/leaflet.heat/leaflet-heat.js");
copy("leaflet.markercluster/dist/leaflet.markercluster.js", "vendor/leaflet.markercluster/leaflet.markercluster.js");
copy("leaflet.markercluster/dist/MarkerCluster.css", "vendor/leaflet.markercluster/MarkerCluster.css");
copy("leaflet.markercluster/dist/MarkerCluster.Default.css", "vendor/leaflet.markercluster/MarkerCluster.Default.css");
copy("@microsoft/signalr/dist/browser/signalr.min.js", "vendor/signalr/signalr.min.js");

// Sarabun, the Thai government's typeface family: Thai and Latin subsets in the weights the UI uses. The @font-face
// rules are written by the app (OpsCenter.Web/Components/FontFaces.razor) so the fonts' URLs are fingerprinted.
for (const subset of ["thai", "latin"]) {
  for (const weight of [300, 400, 500, 600, 700]) {
    const file = `sarabun-${subset}-${weight}-normal.woff2`;
    copy(`@fontsource/sarabun/files/${file}`, `fonts/sarabun/${file}`);
  }
}

// Our own ES modules (one per library, by feature); the folder may not exist until a feature adds one.
if (existsSync(join(here, "src"))) cpSync(join(here, "src"), out, { recursive: true });
writeFileSync(join(out, ".stamp"), new Date().toISOString());
console.log(`front-end assets written to ${out}`);
