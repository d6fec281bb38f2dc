/// "1993-04-30" → "30 April 1993", the way UN documents print dates.
public enum HumanDate {
    public static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    ]

    public static func format(_ iso: String) -> String {
        guard let (y, m, d) = ISODate.parseDay(iso) else { return iso }
        return "\(d) \(months[m - 1]) \(y)"
    }
}
