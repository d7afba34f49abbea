/* SPDX-License-Identifier: GPL-2.0 */
#ifndef SHIM_LINUX_KERNEL_H
#define SHIM_LINUX_KERNEL_H

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <linux/types.h>

#define __printf(a, b)	__attribute__((format(printf, a, b)))
#define ARRAY_SIZE(a)	(sizeof(a) / sizeof((a)[0]))

static inline void strscpy(char *dst, const char *src, size_t size)
{
	snprintf(dst, size, "%s", src);
}

#endif
