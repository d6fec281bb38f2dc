/// The state that published a document, read from its source address: a government's own
/// domain (".gov", ".gov.au", "regeringen.se") names the government that speaks in it, so a
/// release's unqualified "President" or "Prime Minister" is that state's. Country-code domains
/// follow ISO 3166-1 (plus "uk"); the generic ".gov" and ".mil" are the United States'.
enum PublisherCountry {
    static func code(forSourceURL url: String?) -> String? {
        guard let url, let host = host(of: url) else { return nil }
        let labels = host.split(separator: ".").map { $0.lowercased() }
        guard let last = labels.last else { return nil }
        if last == "gov" || last == "mil" { return "USA" }
        // Country-code domains sold as generic names (".io", ".tv", ".co") say nothing of a state.
        guard last.count == 2, !genericCountryDomains.contains(last), let code = alpha3[last] else { return nil }
        return code
    }

    /// "https://www.example.gov.au/path" → "www.example.gov.au".
    static func host(of url: String) -> String? {
        var rest = Substring(url)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
        return host.isEmpty ? nil : String(host)
    }

    static let genericCountryDomains: Set<String> = [
        "io", "tv", "co", "me", "ai", "ly", "fm", "ws", "cc", "to", "la", "sh", "gg", "nu", "tk", "vc", "ms", "st",
    ]

    static let alpha3: [String: String] = [
        "ad": "AND", "ae": "ARE", "af": "AFG", "ag": "ATG", "ai": "AIA", "al": "ALB", "am": "ARM", "ao": "AGO", "aq": "ATA", "ar": "ARG",
        "as": "ASM", "at": "AUT", "au": "AUS", "aw": "ABW", "ax": "ALA", "az": "AZE", "ba": "BIH", "bb": "BRB", "bd": "BGD", "be": "BEL",
        "bf": "BFA", "bg": "BGR", "bh": "BHR", "bi": "BDI", "bj": "BEN", "bl": "BLM", "bm": "BMU", "bn": "BRN", "bo": "BOL", "bq": "BES",
        "br": "BRA", "bs": "BHS", "bt": "BTN", "bv": "BVT", "bw": "BWA", "by": "BLR", "bz": "BLZ", "ca": "CAN", "cc": "CCK", "cd": "COD",
        "cf": "CAF", "cg": "COG", "ch": "CHE", "ci": "CIV", "ck": "COK", "cl": "CHL", "cm": "CMR", "cn": "CHN", "co": "COL", "cr": "CRI",
        "cu": "CUB", "cv": "CPV", "cw": "CUW", "cx": "CXR", "cy": "CYP", "cz": "CZE", "de": "DEU", "dj": "DJI", "dk": "DNK", "dm": "DMA",
        "do": "DOM", "dz": "DZA", "ec": "ECU", "ee": "EST", "eg": "EGY", "eh": "ESH", "er": "ERI", "es": "ESP", "et": "ETH", "fi": "FIN",
        "fj": "FJI", "fk": "FLK", "fm": "FSM", "fo": "FRO", "fr": "FRA", "ga": "GAB", "gb": "GBR", "gd": "GRD", "ge": "GEO", "gf": "GUF",
        "gg": "GGY", "gh": "GHA", "gi": "GIB", "gl": "GRL", "gm": "GMB", "gn": "GIN", "gp": "GLP", "gq": "GNQ", "gr": "GRC", "gs": "SGS",
        "gt": "GTM", "gu": "GUM", "gw": "GNB", "gy": "GUY", "hk": "HKG", "hm": "HMD", "hn": "HND", "hr": "HRV", "ht": "HTI", "hu": "HUN",
        "id": "IDN", "ie": "IRL", "il": "ISR", "im": "IMN", "in": "IND", "io": "IOT", "iq": "IRQ", "ir": "IRN", "is": "ISL", "it": "ITA",
        "je": "JEY", "jm": "JAM", "jo": "JOR", "jp": "JPN", "ke": "KEN", "kg": "KGZ", "kh": "KHM", "ki": "KIR", "km": "COM", "kn": "KNA",
        "kp": "PRK", "kr": "KOR", "kw": "KWT", "ky": "CYM", "kz": "KAZ", "la": "LAO", "lb": "LBN", "lc": "LCA", "li": "LIE", "lk": "LKA",
        "lr": "LBR", "ls": "LSO", "lt": "LTU", "lu": "LUX", "lv": "LVA", "ly": "LBY", "ma": "MAR", "mc": "MCO", "md": "MDA", "me": "MNE",
        "mf": "MAF", "mg": "MDG", "mh": "MHL", "mk": "MKD", "ml": "MLI", "mm": "MMR", "mn": "MNG", "mo": "MAC", "mp": "MNP", "mq": "MTQ",
        "mr": "MRT", "ms": "MSR", "mt": "MLT", "mu": "MUS", "mv": "MDV", "mw": "MWI", "mx": "MEX", "my": "MYS", "mz": "MOZ", "na": "NAM",
        "nc": "NCL", "ne": "NER", "nf": "NFK", "ng": "NGA", "ni": "NIC", "nl": "NLD", "no": "NOR", "np": "NPL", "nr": "NRU", "nu": "NIU",
        "nz": "NZL", "om": "OMN", "pa": "PAN", "pe": "PER", "pf": "PYF", "pg": "PNG", "ph": "PHL", "pk": "PAK", "pl": "POL", "pm": "SPM",
        "pn": "PCN", "pr": "PRI", "ps": "PSE", "pt": "PRT", "pw": "PLW", "py": "PRY", "qa": "QAT", "re": "REU", "ro": "ROU", "rs": "SRB",
        "ru": "RUS", "rw": "RWA", "sa": "SAU", "sb": "SLB", "sc": "SYC", "sd": "SDN", "se": "SWE", "sg": "SGP", "sh": "SHN", "si": "SVN",
        "sj": "SJM", "sk": "SVK", "sl": "SLE", "sm": "SMR", "sn": "SEN", "so": "SOM", "sr": "SUR", "ss": "SSD", "st": "STP", "sv": "SLV",
        "sx": "SXM", "sy": "SYR", "sz": "SWZ", "tc": "TCA", "td": "TCD", "tf": "ATF", "tg": "TGO", "th": "THA", "tj": "TJK", "tk": "TKL",
        "tl": "TLS", "tm": "TKM", "tn": "TUN", "to": "TON", "tr": "TUR", "tt": "TTO", "tv": "TUV", "tw": "TWN", "tz": "TZA", "ua": "UKR",
        "ug": "UGA", "uk": "GBR", "um": "UMI", "us": "USA", "uy": "URY", "uz": "UZB", "va": "VAT", "vc": "VCT", "ve": "VEN", "vg": "VGB",
        "vi": "VIR", "vn": "VNM", "vu": "VUT", "wf": "WLF", "ws": "WSM", "ye": "YEM", "yt": "MYT", "za": "ZAF", "zm": "ZMB", "zw": "ZWE",
    ]
}
