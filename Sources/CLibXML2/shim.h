// libxml2's HTML parser for Swift (include path from pkg-config libxml-2.0).
#ifndef PLENARY_CLIBXML2_SHIM_H
#define PLENARY_CLIBXML2_SHIM_H

#include <stdlib.h>
// Debian builds libxml2 with ICU; its headers would then pull the system's <unicode/*.h>, whose
// UErrorCode clashes with Foundation's own ICU module in the same Swift compilation. Plenary
// never touches the ICU converter fields, so the headers are read without them.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

/// xmlFree is a C global function pointer, which Swift 6 rejects as not concurrency-safe.
static inline void plenary_xml_free(void *pointer) { xmlFree(pointer); }

#endif
