import { describe, expect, it } from "vitest";
import { toChanges } from "../../src/github/changed-files.ts";

describe("toChanges", () => {
  it("maps every status GitHub reports, keeping rename sources and never dropping a change", () => {
    expect(
      toChanges([
        { filename: "a", status: "added" },
        { filename: "b", status: "removed" },
        { filename: "c", status: "modified" },
        { filename: "d", status: "renamed", previous_filename: "old/d" },
        { filename: "e", status: "copied" },
        { filename: "f", status: "changed" },
        { filename: "g", status: "unchanged" },
        { filename: "h", status: "something-new" },
      ]),
    ).toEqual([
      { path: "a", status: "added" },
      { path: "b", status: "deleted" },
      { path: "c", status: "modified" },
      { path: "d", status: "renamed", previousPath: "old/d" },
      { path: "e", status: "added" },
      { path: "f", status: "modified" },
      { path: "h", status: "modified" },
    ]);
  });
});
