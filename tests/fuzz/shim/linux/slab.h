/* SPDX-License-Identifier: GPL-2.0 */
#ifndef SHIM_LINUX_SLAB_H
#define SHIM_LINUX_SLAB_H

#include <stdlib.h>

#define GFP_KERNEL	0
#define kcalloc(n, size, gfp)	calloc(n, size)
#define kfree(p)		free((void *)(p))

#endif
