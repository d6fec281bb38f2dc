/// Files a folder import leaves out by name because they describe the folder rather than report
/// a meeting: README, LICENSE, CHANGELOG, PROVENANCE, LABELLING and their kin (any extension,
/// any case), truth files (`*.truth.json`) and meta files (`*.meta.json`). Pure.
public enum NonDocumentNames {
    /// Name stems (before the first `.` or `-`: `README.md`, `LICENSE-MIT`) of files about a folder.
    static let stems: Set<String> = [
        "readme", "license", "licence", "copying", "changelog", "provenance", "labelling",
        "labeling", "notice", "authors", "contributors", "contributing", "code_of_conduct",
    ]
    /// Suffixes of data files that go beside documents: truth and meta files, tables.
    static let suffixes = [".truth.json", MetaOverrides.suffix, ".tsv", ".csv"]

    /// Whether the file named `name` (the last path component) is not a document.
    public static func isNonDocument(_ name: String) -> Bool {
        let lower = name.lowercased()
        if suffixes.contains(where: { lower.hasSuffix($0) }) { return true }
        return stems.contains(String(lower.prefix { $0 != "." && $0 != "-" }))
    }
}
