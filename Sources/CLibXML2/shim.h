// libxml2's HTML parser for Swift (include path from pkg-config libxml-2.0).
#ifndef PLENARY_CLIBXML2_SHIM_H
#define PLENARY_CLIBXML2_SHIM_H

#include <stdlib.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

/// xmlFree is a C global function pointer, which Swift 6 rejects as not concurrency-safe.
static inline void plenary_xml_free(void *pointer) { xmlFree(pointer); }

#endif
