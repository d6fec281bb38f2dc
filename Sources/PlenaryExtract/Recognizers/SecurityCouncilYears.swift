/// The year a Security Council resolution was adopted, from its number: the Council numbers its
/// resolutions in one series since 1946, so the first number of each year (public record) is
/// enough. "UNSCR 833" is S/RES/833 (1993), as a reader would write it out.
enum SecurityCouncilYears {
    /// (first resolution of the year, year), ascending.
    static let firstOfYear: [(number: Int, year: Int)] = [
        (1, 1946), (16, 1947), (38, 1948), (67, 1949), (79, 1950), (90, 1951), (97, 1952), (99, 1953),
        (104, 1954), (106, 1955), (111, 1956), (122, 1957), (127, 1958), (132, 1959), (133, 1960), (161, 1961),
        (171, 1962), (178, 1963), (186, 1964), (200, 1965), (220, 1966), (233, 1967), (245, 1968), (263, 1969),
        (276, 1970), (292, 1971), (308, 1972), (325, 1973), (345, 1974), (367, 1975), (385, 1976), (403, 1977),
        (423, 1978), (444, 1979), (462, 1980), (485, 1981), (500, 1982), (529, 1983), (546, 1984), (560, 1985),
        (581, 1986), (594, 1987), (607, 1988), (627, 1989), (647, 1990), (684, 1991), (726, 1992), (800, 1993),
        (893, 1994), (970, 1995), (1036, 1996), (1093, 1997), (1147, 1998), (1220, 1999), (1285, 2000), (1335, 2001),
        (1387, 2002), (1455, 2003), (1522, 2004), (1581, 2005), (1652, 2006), (1739, 2007), (1795, 2008), (1860, 2009),
        (1908, 2010), (1967, 2011), (2033, 2012), (2086, 2013), (2133, 2014), (2196, 2015), (2260, 2016), (2337, 2017),
        (2398, 2018), (2452, 2019), (2504, 2020), (2561, 2021), (2618, 2022), (2672, 2023), (2722, 2024),
    ]
    /// Numbers beyond the last year listed are not guessed.
    static let lastKnown = 2769

    static func year(of number: Int) -> Int? {
        guard number >= 1, number <= lastKnown else { return nil }
        return firstOfYear.last { $0.number <= number }?.year
    }
}
