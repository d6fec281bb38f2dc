/// A state as readers name it, its code as a suffix: "Azerbaijan (AZE)". Commands and screens
/// pass the gazetteer's names in; with none (a code the table lacks, an organisation's acronym)
/// the code is shown as it is.
public enum CountryLabel {
    public static func label(_ code: String, countryName: (String) -> String?) -> String {
        countryName(code).map { "\($0) (\(code))" } ?? code
    }
}
