#ifndef TRELLIS_XML_ARENA_H
#define TRELLIS_XML_ARENA_H

#include <stddef.h>

// libxml2's allocator while a thread reads a document: every block libxml2 asks for comes from
// the thread's own arena and is let go all at once when the document is done. Outside a
// document, and for large blocks, the functions are malloc, realloc, free and strdup.
//
// A parsed document is hundreds of small blocks (nodes, names, text) that all die together;
// from malloc they were a tenth of loading a large library, and they scattered its model.

void trellis_arena_begin(void);
void trellis_arena_end(void);

void *trellis_arena_malloc(size_t size);
void *trellis_arena_realloc(void *pointer, size_t size);
void trellis_arena_free(void *pointer);
char *trellis_arena_strdup(const char *text);

#endif
