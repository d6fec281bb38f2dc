/// The query language and result values live in PlenaryQuery (no SQLite), so the browser's
/// pure core can parse queries and hold results; every `import PlenarySearch` still sees them.
@_exported import PlenaryQuery
