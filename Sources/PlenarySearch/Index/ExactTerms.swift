import GRDB

/// The terms of the exact (`raw`) column, kept in a table of their own (`exact_term`).
///
/// Why: FTS5 answers a prefix (`negotiat*`) by merging the whole doclist of every term that
/// starts with it before returning the first row — 2.5 ms over a million paragraphs, even when
/// only the newest 2,000 matches are wanted. The same terms written out as an OR are read
/// lazily, newest first. The table gives those terms with one B-tree range read, where
/// FTS5's own vocabulary table would read every doclist to count them.
///
/// The table only grows between rebuilds: a term whose paragraphs were all deleted stays,
/// and matches nothing. A term missing from it would lose matches, so every word written into
/// the `raw` column is recorded, as the table's tokenizer makes it.
enum ExactTerms {
    /// A prefix with more terms than this is left to FTS5 (an OR that wide reads slower than
    /// the merged doclist).
    static let expansionLimit = 64

    /// Records the words of `raw` columns (`ExactForm.column`), each as the tokenizer indexes it.
    static func record(_ words: Set<String>, _ db: Database) throws {
        guard !words.isEmpty else { return }
        let tokenizer = try db.makeTokenizer(FTS5TokenizerDescriptor(components: IndexSchema.tokenizer))
        let insert = try db.makeStatement(sql: "INSERT OR IGNORE INTO exact_term(term) VALUES (?)")
        for word in words {
            for (token, _) in try tokenizer.tokenize(document: word) { try insert.execute(arguments: [token]) }
        }
    }

    /// Records every term of the `raw` column, from FTS5's vocabulary (a pass over the whole
    /// index: about 3 s for a million paragraphs, once per build).
    static func recordEveryTerm(_ db: Database) throws {
        try db.execute(sql: "INSERT OR IGNORE INTO exact_term(term) SELECT term FROM fts_vocab_col WHERE col = 'raw'")
    }

    /// The indexed terms that start with the exact form of `prefix`, in byte order; `nil` when
    /// there are more than `expansionLimit` or the prefix is not one whole token.
    static func expand(_ prefix: String, _ db: Database) throws -> [String]? {
        let tokenizer = try db.makeTokenizer(FTS5TokenizerDescriptor(components: IndexSchema.tokenizer))
        let tokens = try tokenizer.tokenize(query: ExactForm.encode(prefix))
        // Every exact form ends in "0": the terms starting with it sort between it and the
        // same text ending in "1".
        guard tokens.count == 1, tokens[0].token.hasSuffix("0") else { return nil }
        let low = tokens[0].token
        let high = String(low.dropLast()) + "1"
        let terms = try String.fetchAll(
            db, sql: "SELECT term FROM exact_term WHERE term >= ? AND term < ? ORDER BY term LIMIT ?",
            arguments: [low, high, expansionLimit + 1])
        return terms.count > expansionLimit ? nil : terms
    }
}
