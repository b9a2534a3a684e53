// The geography part of the pipeline, as the build uses it: areas, crosswalks, topologies and grouping evidence.
export { buildAreas, KOMMUN, type AreaPolygons } from './areas.ts';
export { buildCrosswalks } from './crosswalks.ts';
export { buildTopologies } from './topology.ts';
export { readUtsattaEvidence, type UtsattaEvidence } from './utsattaEvidence.ts';
export { SDO2007_TO_SDO, CITY_PARTS } from './cityParts.ts';
export { GEO_FILES } from './readers.ts';
