#include "xml_arena.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

// Blocks are carved from chunks; each block starts with a header holding its size (for
// realloc), and stays 16-byte aligned.
enum { chunk_size = 256 * 1024, header = 16, largest = chunk_size / 4, chunks_kept = 16 };

typedef struct chunk {
    struct chunk *next;
    char *start;
    char *end;
} chunk;

typedef struct arena {
    chunk *first;    // every chunk of the thread, in order
    chunk *last;
    chunk *current;  // the chunk blocks are carved from
    char *cursor;
    int depth;       // documents being read on this thread (nested reads share one arena)
} arena;

static _Thread_local arena *mine;
static pthread_key_t key;
static pthread_once_t key_once = PTHREAD_ONCE_INIT;

static void release(void *value) {
    arena *a = value;
    for (chunk *c = a->first, *next; c; c = next) {
        next = c->next;
        free(c);
    }
    free(a);
}

static void make_key(void) { pthread_key_create(&key, release); }

// The thread's arena, made on first use and freed with the thread.
static arena *this_arena(void) {
    if (mine) return mine;
    pthread_once(&key_once, make_key);
    arena *a = calloc(1, sizeof(arena));
    if (!a) return NULL;
    pthread_setspecific(key, a);
    mine = a;
    return a;
}

// True when the block is in one of this thread's chunks: such blocks are never given to free.
static int owns(const void *pointer) {
    if (!mine) return 0;
    for (chunk *c = mine->first; c; c = c->next)
        if ((const char *)pointer >= c->start && (const char *)pointer < c->end) return 1;
    return 0;
}

static size_t footprint(size_t size) { return (size + header + 15) & ~(size_t)15; }

void trellis_arena_begin(void) {
    arena *a = this_arena();
    if (a) a->depth += 1;
}

void trellis_arena_end(void) {
    arena *a = mine;
    if (!a || a->depth == 0) return;
    if (--a->depth > 0) return;
    // Everything the document used is let go; a few chunks are kept for the next one.
    chunk *keep = a->first;
    for (int kept = 1; keep && keep->next && kept < chunks_kept; kept++) keep = keep->next;
    if (keep) {
        for (chunk *c = keep->next, *next; c; c = next) {
            next = c->next;
            free(c);
        }
        keep->next = NULL;
        a->last = keep;
    }
    a->current = a->first;
    a->cursor = a->first ? a->first->start : NULL;
}

void *trellis_arena_malloc(size_t size) {
    arena *a = mine;
    if (!a || a->depth == 0 || size > largest) return malloc(size);
    size_t need = footprint(size);
    if (!a->current || a->cursor + need > a->current->end) {
        chunk *next = a->current ? a->current->next : a->first;
        if (!next) {
            next = malloc(sizeof(chunk) + 15 + chunk_size);
            if (!next) return NULL;
            next->next = NULL;
            next->start = (char *)(((uintptr_t)(next + 1) + 15) & ~(uintptr_t)15);
            next->end = next->start + chunk_size;
            if (a->last) a->last->next = next; else a->first = next;
            a->last = next;
        }
        a->current = next;
        a->cursor = next->start;
    }
    char *block = a->cursor;
    a->cursor += need;
    *(size_t *)block = size;
    return block + header;
}

void trellis_arena_free(void *pointer) {
    if (!pointer || owns(pointer)) return;
    free(pointer);
}

void *trellis_arena_realloc(void *pointer, size_t size) {
    if (!pointer) return trellis_arena_malloc(size);
    // A block from malloc stays with malloc.
    if (!owns(pointer)) return realloc(pointer, size);
    char *block = (char *)pointer - header;
    size_t old = *(size_t *)block;
    arena *a = mine;
    // The last block carved grows in place when its chunk has room.
    if (a->depth > 0 && block + footprint(old) == a->cursor && size <= largest && block + footprint(size) <= a->current->end) {
        a->cursor = block + footprint(size);
        *(size_t *)block = size;
        return pointer;
    }
    void *moved = trellis_arena_malloc(size);
    if (moved) memcpy(moved, pointer, old < size ? old : size);
    return moved;
}

char *trellis_arena_strdup(const char *text) {
    size_t length = strlen(text) + 1;
    char *copy = trellis_arena_malloc(length);
    if (copy) memcpy(copy, text, length);
    return copy;
}
