import GRDB

/// The tables of `<store>/.plenary/search.sqlite`. The version lives in `PRAGMA user_version`;
/// an index with another version is rebuilt, never migrated (it is only a cache).
enum IndexSchema {
    /// 3: the cross-meeting tables (`CrossMeetingTables`). 5 (issue 16): names are text (plain
    /// words also match the `speaker` column, which weighs in ranking) and `by:` tags (the
    /// delegation each paragraph's speakers speak for). Main's 4 (issue 14's indexes made after
    /// a build) is passed over so neither branch's index is mistaken for the other's. 6: the
    /// exact terms in a table of their own (`ExactTerms`), so a prefix is expanded in a B-tree.
    static let version = 6
    static let fileName = "search.sqlite"

    /// FTS5 columns, in order. `text` is stemmed; `raw` holds `ExactForm`s; `speaker` and `body`
    /// hold names for `speaker:` and `body:`; `tags` holds `TagToken`s. The table is contentless:
    /// paragraph text stays in the JSON files, which keeps the index small.
    static let ftsColumns = ["text", "raw", "speaker", "body", "tags"]
    /// bm25 weights per column: the words and the speakers' names count, filter tokens do not.
    static let rankWeights = [1.0, 1.0, 1.0, 0.0, 0.0]
    static let rankFunction = "bm25(fts, " + rankWeights.map { "\($0)" }.joined(separator: ", ") + ")"
    /// The FTS5 tokenizer, as its table is declared and as `ExactTerms` asks SQLite for it.
    static let tokenizer = ["porter", "unicode61", "remove_diacritics", "2"]

    static func create(_ db: Database) throws {
        try db.execute(
            sql: """
                -- people: "id<TAB>display name" lines, so result pages need no record decoding.
                CREATE TABLE meta(key TEXT PRIMARY KEY, value) WITHOUT ROWID;
                CREATE TABLE meeting(
                    ref INTEGER PRIMARY KEY, id TEXT NOT NULL, path TEXT NOT NULL UNIQUE,
                    size INTEGER NOT NULL, modified INTEGER NOT NULL, date TEXT, org TEXT, body TEXT,
                    title TEXT, first INTEGER, count INTEGER NOT NULL DEFAULT 0,
                    people TEXT);
                CREATE TABLE paragraph(rowid INTEGER PRIMARY KEY, meeting INTEGER NOT NULL, block INTEGER NOT NULL, number TEXT, speakers TEXT);
                CREATE TABLE day_slot(day INTEGER PRIMARY KEY, next INTEGER NOT NULL);
                CREATE TABLE country_name(name TEXT NOT NULL, code TEXT NOT NULL, PRIMARY KEY(name, code)) WITHOUT ROWID;
                CREATE TABLE exact_term(term TEXT PRIMARY KEY) WITHOUT ROWID;
                CREATE VIRTUAL TABLE fts USING fts5(text, raw, speaker, body, tags, content='', tokenize='\(tokenizer.joined(separator: " "))');
                CREATE VIRTUAL TABLE fts_vocab USING fts5vocab(fts, 'row');
                CREATE VIRTUAL TABLE fts_vocab_col USING fts5vocab(fts, 'col');
                """)
        try CrossMeetingTables.create(db)
        try db.execute(sql: "PRAGMA user_version = \(version)")
    }

    /// Indexes that would slow the bulk build are added after it.
    static func finishBuild(_ db: Database) throws {
        try db.execute(sql: "CREATE INDEX paragraph_meeting ON paragraph(meeting)")
    }
}
