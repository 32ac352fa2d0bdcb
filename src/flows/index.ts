// Toxic-flow labelling: which roles (untrusted content, private data, public sink, destructive) each tool can play.
export { labelTool, labelServer, catalogLabels, type LabelOptions } from "./label.js";
export { loadKnownServers, loadLayeredCatalog, identifyServer, identifyLayered, KnownServersFile, type KnownServer, type CatalogMatch, type LayeredCatalog } from "./catalog.js";
export { loadGateways, identifyGateway, lookUpGatewayTool, type Gateway, type GatewayMatch, type GatewayToolMatch } from "./gateways.js";
export { heuristicLabels } from "./heuristics.js";
export { ROLES, FLOW_CONFIDENCE_THRESHOLD, type Role, type Label, type LabelBasis } from "./types.js";
