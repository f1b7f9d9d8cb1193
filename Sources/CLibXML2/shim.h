#ifndef TRELLIS_CLIBXML2_SHIM_H
#define TRELLIS_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU; its <unicode/...> headers clash with the ICU module that
// Swift's Foundation ships ("'UErrorCode' has different definitions"). Trellis never asks
// libxml2 for ICU-backed encodings (every document is read as UTF-8), so hide that part.
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

// Swift 6 refuses global mutable C state (xmlFree is a function-pointer variable,
// xmlParserVersion a macro over a global), so reach them through functions.
static inline void trellis_xmlFree(void *pointer) { xmlFree(pointer); }
static inline const char *trellis_xmlParserVersion(void) { return xmlParserVersion; }

#endif
