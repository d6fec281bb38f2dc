internal import CLibXML2
import Foundation
import SafeText

/// HTML → blocks through libxml2's HTML parser (never regular expressions): scripts, styles,
/// navigation, headers, footers and form controls are dropped (not a `<form>`: saved ASP.NET
/// pages wrap the whole page in one); each block records how much of it is link text, so
/// menus and link lists outside `<nav>` are known by their link density; `<p>` and `<li>` become blocks; entities
/// are decoded by the parser.
enum HTMLBlockReader {
    static func read(_ text: String) throws(ExtractError) -> [RawBlock] {
        // Linear time whatever the markup: attributes past the limit never reach libxml2.
        let bytes = HTMLAttributeLimit.apply(Array(text.utf8)).bytes
        let options = Int32(
            HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue
                | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOBLANKS.rawValue)
        let parsed: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                htmlReadMemory(pointer, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
        guard let doc = parsed else { throw .unparsableHTML }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { throw .unparsableHTML }
        var walker = Walker()
        walker.visit(root)
        return walker.blocks
    }

    private static let dropped: Set<String> = [
        "script", "style", "nav", "header", "footer", "noscript", "input", "textarea", "option", "aside", "iframe", "svg",
        "button", "select", "template", "head", "title", "menu", "object", "embed", "canvas",
    ]
    private static let blockContainers: Set<String> = [
        "div", "section", "article", "main", "body", "html", "td", "th", "tr", "table", "tbody", "thead",
        "blockquote", "dl", "dd", "dt", "figure", "figcaption", "center", "span", "time", "address",
    ]

    private struct Walker {
        var blocks: [RawBlock] = []

        mutating func visit(_ node: xmlNodePtr) {
            var child = node.pointee.children
            var loose = ""
            var looseLinked = 0
            var looseClass: String? = Walker.attribute(node, "class")
            func flushLoose(_ walker: inout Walker) {
                // Text set directly in a container, paragraphs separated by <br><br>.
                let parts = Walker.paragraphs(loose)
                for part in parts {
                    let t = Walker.collapse(part)
                    guard !t.isEmpty else { continue }
                    var block = RawBlock(kind: .line, text: t, cssClass: looseClass)
                    // Links are counted for the container's text as a whole.
                    if parts.count == 1 { block.linkShare = Walker.share(looseLinked, of: t) }
                    walker.blocks.append(block)
                }
                loose = ""
                looseLinked = 0
            }
            while let c = child {
                defer { child = c.pointee.next }
                switch c.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    loose += Walker.content(c)
                case XML_ELEMENT_NODE:
                    let name = Walker.name(c)
                    if HTMLBlockReader.dropped.contains(name) { continue }
                    if Walker.isInline(name) {
                        if name == "br" {
                            loose += "\n"
                        } else {
                            loose += Walker.text(of: c); looseLinked += Walker.linkedLength(c, inLink: name == "a")
                        }
                        continue
                    }
                    flushLoose(&self)
                    looseClass = nil
                    switch name {
                    case "h1", "h2", "h3", "h4", "h5", "h6":
                        let t = Walker.collapse(Walker.text(of: c))
                        if !t.isEmpty { blocks.append(RawBlock(kind: .heading(Int(name.dropFirst()) ?? 2), text: t)) }
                    case "p", "pre":
                        let t = Walker.collapse(Walker.text(of: c))
                        if !t.isEmpty {
                            var block = RawBlock(kind: .paragraph, text: t, cssClass: Walker.attribute(c, "class"))
                            block.linkShare = Walker.share(Walker.linkedLength(c), of: t)
                            blocks.append(block)
                        }
                    case "ol", "ul":
                        visitList(c, ordered: name == "ol")
                    default:
                        visit(c)
                    }
                default:
                    continue
                }
            }
            flushLoose(&self)
        }

        mutating func visitList(_ list: xmlNodePtr, ordered: Bool) {
            var number = Int(Walker.attribute(list, "start") ?? "") ?? 1
            var child = list.pointee.children
            while let c = child {
                defer { child = c.pointee.next }
                guard c.pointee.type == XML_ELEMENT_NODE else { continue }
                let name = Walker.name(c)
                guard name == "li" else {
                    if !HTMLBlockReader.dropped.contains(name) { visit(c) }
                    continue
                }
                if let v = Walker.attribute(c, "value"), let n = Int(v) { number = n }
                let label = ordered ? String(number) : nil
                let before = blocks.count
                if Walker.hasBlockChild(c) {
                    // An <li> holding <p>s: each <p> is a block, the first carries the number.
                    visit(c)
                    for i in before..<blocks.count {
                        blocks[i].listNumber = label
                        blocks[i].listContinuation = i > before
                    }
                } else {
                    let t = Walker.collapse(Walker.text(of: c))
                    if !t.isEmpty {
                        var block = RawBlock(kind: .paragraph, text: t, listNumber: label)
                        block.linkShare = Walker.share(Walker.linkedLength(c), of: t)
                        blocks.append(block)
                    }
                }
                number += 1
            }
        }

        static func isInline(_ name: String) -> Bool {
            [
                "a", "b", "strong", "i", "em", "u", "sup", "sub", "small", "abbr", "cite", "q", "font", "br", "mark",
                "code", "s", "del", "ins", "bdi", "bdo", "wbr", "img", "label", "tt", "big", "var", "dfn", "acronym",
            ].contains(name)
        }

        static func hasBlockChild(_ node: xmlNodePtr) -> Bool {
            var child = node.pointee.children
            while let c = child {
                if c.pointee.type == XML_ELEMENT_NODE {
                    let n = name(c)
                    if n == "p" || n == "div" || n == "ol" || n == "ul" || n == "blockquote" { return true }
                }
                child = c.pointee.next
            }
            return false
        }

        static func name(_ node: xmlNodePtr) -> String {
            guard let n = node.pointee.name else { return "" }
            return String(cString: n).lowercased()
        }

        /// A text node's text; what entities decode to (`&#155;`, `&#x1B;`, `&#x202E;`) is
        /// cleaned like the document's own characters.
        static func content(_ node: xmlNodePtr) -> String {
            guard let c = node.pointee.content else { return "" }
            return StoredText.clean(String(cString: c))
        }

        static func attribute(_ node: xmlNodePtr, _ key: String) -> String? {
            guard let value = xmlGetProp(node, key) else { return nil }
            defer { plenary_xml_free(value) }
            return String(cString: value)
        }

        /// Letters and digits inside links below a node: a menu is mostly links, an article is not.
        static func linkedLength(_ node: xmlNodePtr, inLink: Bool = false) -> Int {
            var n = 0
            var child = node.pointee.children
            while let c = child {
                switch c.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if inLink { n += visibleLength(content(c)) }
                case XML_ELEMENT_NODE:
                    let name = name(c)
                    if !HTMLBlockReader.dropped.contains(name) { n += linkedLength(c, inLink: inLink || name == "a") }
                default: break
                }
                child = c.pointee.next
            }
            return n
        }

        static func visibleLength(_ s: String) -> Int {
            s.unicodeScalars.reduce(0) { $0 + ($1.properties.isAlphabetic || $1.properties.numericType != nil ? 1 : 0) }
        }

        static func share(_ linked: Int, of text: String) -> Double {
            guard linked > 0 else { return 0 }
            return min(1, Double(linked) / Double(max(visibleLength(text), 1)))
        }

        /// All text below a node, skipping dropped elements.
        static func text(of node: xmlNodePtr) -> String {
            var out = ""
            var child = node.pointee.children
            while let c = child {
                switch c.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE: out += content(c)
                case XML_ELEMENT_NODE:
                    let n = name(c)
                    if n == "br" {
                        out += "\n"
                    } else if !HTMLBlockReader.dropped.contains(n) {
                        let inner = text(of: c)
                        if !isInline(n) { out += " " + inner + " " } else { out += inner }
                    }
                default: break
                }
                child = c.pointee.next
            }
            return out
        }

        /// Splits where two line breaks stand with only spaces between them.
        static func paragraphs(_ s: String) -> [String] {
            var out: [String] = []
            var current = String.UnicodeScalarView()
            var newlines = 0
            for u in s.unicodeScalars {
                if u == "\n" { newlines += 1; current.append(u); continue }
                if u == " " || u == "\t" || u == "\r" { current.append(u); continue }
                if newlines >= 2 { out.append(String(current)); current = String.UnicodeScalarView() }
                newlines = 0
                current.append(u)
            }
            out.append(String(current))
            return out
        }

        /// Collapses runs of ASCII whitespace; non-breaking spaces stay as written.
        static func collapse(_ s: String) -> String {
            var out = String.UnicodeScalarView()
            var pendingSpace = false
            for u in s.unicodeScalars {
                if u == " " || u == "\n" || u == "\t" || u == "\r" || u == "\u{0C}" {
                    pendingSpace = !out.isEmpty
                } else {
                    if pendingSpace { out.append(" "); pendingSpace = false }
                    out.append(u)
                }
            }
            return String(out)
        }
    }
}
