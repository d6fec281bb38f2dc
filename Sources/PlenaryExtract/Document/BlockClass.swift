/// What a block is, judged from its own words: page chrome, a footer, a header line (dates,
/// datelines, symbols, meeting numbers, section markers), a headline candidate, or prose.
enum BlockClass: Equatable {
    case chrome, footer, headerLine, heading, prose
}
