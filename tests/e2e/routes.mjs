// Every route of the exhibit, shared by the end-to-end specs: each with its heading and a
// text it shows (from the shipped data, so a curator's edit may need one line changed here).
export const routes = [
  { path: "/", h1: "Far from Home", title: /^Home — Far from Home$/ },
  { path: "/timeline", h1: "Timeline", text: "Fighting at Khalkhin Gol" },
  { path: "/timeline?view=list", h1: "Timeline" },
  { path: "/timeline/gko-resolution-9898", h1: "Timeline", text: "500,000" },
  { path: "/gallery", h1: "Memorial gallery", text: "Memorial to interned Japanese at Kengir" },
  { path: "/gallery/kengir-japanese-memorial", h1: "Memorial to interned Japanese at Kengir", text: "31 May 2024" },
  { path: "/statistics", h1: "Statistics", text: "about 575,000 people" },
  { path: "/map", h1: "Map", text: "Spassky camp No. 99" },
  { path: "/map?place=spassk-camp-99", h1: "Map" },
  { path: "/sources", h1: "Sources", text: "In Search of Historical Truth" },
  { path: "/about", h1: "About this exhibit", text: "Prisoners of war or internees?" },
  { path: "/search?q=Karaganda", h1: "Search", text: "Karaganda" },
];

/// Every route's path, and an address that is no route.
export const paths = [...routes.map((r) => r.path), "/no/such/page"];
