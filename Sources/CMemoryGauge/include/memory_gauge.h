#ifndef PROCTOR_MEMORY_GAUGE_H
#define PROCTOR_MEMORY_GAUGE_H
#include <stddef.h>

/// Bytes the C allocator has handed out and not yet taken back (heap plus mapped blocks).
size_t proctor_bytes_in_use(void);

#endif
