// Known city pairs and their true distances, shared by the distance tests (JavaScript and SQL).
import type { LatLng } from "@/lib/geo/distance";

// Town-hall coordinates as commonly published (degrees, WGS84).
export const PARIS: LatLng = { lat: 48.8566, lng: 2.3522 };
export const MARSEILLE: LatLng = { lat: 43.2965, lng: 5.3698 };
export const POITIERS: LatLng = { lat: 46.5802, lng: 0.3404 };
export const NIORT: LatLng = { lat: 46.3237, lng: -0.4588 };
export const LILLE: LatLng = { lat: 50.6292, lng: 3.0573 };
export const STRASBOURG: LatLng = { lat: 48.5734, lng: 7.7521 };
export const BREST: LatLng = { lat: 48.3904, lng: -4.4861 };
export const NICE: LatLng = { lat: 43.7102, lng: 7.262 };
export const SAINT_DENIS_REUNION: LatLng = { lat: -20.8823, lng: 55.4504 };
export const SAINT_PIERRE_REUNION: LatLng = { lat: -21.3393, lng: 55.4781 };

// Reference distances between the points above, computed on the WGS84 ellipsoid with Vincenty's
// inverse formula (an independent method: the implementation used reproduces the textbook
// Flinders Peak–Buninyong case, 54,972.271 m). A sphere stays within 0.5 % of them, so 1 % is safe.
export const REFERENCES: [string, LatLng, LatLng, number][] = [
  ["Paris–Marseille", PARIS, MARSEILLE, 660.49],
  ["Poitiers–Niort", POITIERS, NIORT, 67.7],
  ["Lille–Strasbourg", LILLE, STRASBOURG, 409.09],
  ["Brest–Nice", BREST, NICE, 1045.88],
  ["Saint-Denis–Saint-Pierre (La Réunion)", SAINT_DENIS_REUNION, SAINT_PIERRE_REUNION, 50.68],
];

