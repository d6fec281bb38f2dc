import Foundation

/// The package root, found once from this file's path (Tests/PlenaryTestSupport/ is two levels
/// down): tests read goldens, docs, data/ and scripts/ from the checkout, never from a bundle.
public enum PackageRoot {
    public static let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
}
