import { readFileSync } from 'node:fs';

import type { Manifest, ManifestCity } from '../dataset/generate';

export type DatasetCity = ManifestCity;
export type DatasetManifest = Manifest;

export function readManifest(file: string): DatasetManifest {
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as DatasetManifest;
  if (!manifest.database || !Array.isArray(manifest.cities) || !manifest.cities.length) {
    throw new Error(`${file} is not a dataset manifest: run npm run bench:dataset first`);
  }
  return manifest;
}

/** Cities spread evenly over the dataset, so tenant-scoped reads touch all of it. */
export function sampleCities(cities: DatasetCity[], count: number): DatasetCity[] {
  const step = Math.max(1, Math.floor(cities.length / count));
  return cities.filter((_, index) => index % step === 0).slice(0, count);
}
