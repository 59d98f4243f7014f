// The level table lives in the syntax layer (MARKER_FAMILIES); the settings UI's plandoc.levels lists the same
// families, in the same default order, each described by its standard marker — so a new family shows up here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MARKER_FAMILIES } from '../../server/src/core/syntax/markers.js';
import { standardMarker } from '../../server/src/core/syntax/markerText.js';
import { FAMILY_WORDING } from '../../server/src/lsp/levels.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const levels = pkg.contributes.configuration.properties['plandoc.levels'];

describe('plandoc.levels', () => {
  it('offers every marker family of the syntax layer, in its order, by its standard marker', () => {
    expect(levels.items.enum).toEqual([...MARKER_FAMILIES]);
    expect(levels.default).toEqual([...MARKER_FAMILIES]);
    expect(levels.items.enumDescriptions).toEqual(MARKER_FAMILIES.map((f) => standardMarker(f, 1)));
  });

  it('has wording for every family', () => {
    expect(Object.keys(FAMILY_WORDING).sort()).toEqual([...MARKER_FAMILIES].sort());
  });
});
