import { describe, expect, it } from "vitest";
import { KO_ROLES } from "../../src/core/korean-roles.js";
import { parseByline } from "../../src/core/parse-byline.js";

describe("KO_ROLES", () => {
  it("are all Hangul syllables, which lets the byline grammar pass over a text without any", () => {
    for (const role of KO_ROLES) expect(role, role).toMatch(/^[\uac00-\ud7a3]+$/);
  });

  it("each closes a Korean byline", () => {
    for (const role of KO_ROLES) expect(parseByline(`김병규 ${role}`), role).toEqual(["김병규"]);
  });
});
