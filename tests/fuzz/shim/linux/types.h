/* SPDX-License-Identifier: GPL-2.0 */
/* Userspace stand-ins for the kernel types acpi_processor_xlate.c uses. */
#ifndef SHIM_LINUX_TYPES_H
#define SHIM_LINUX_TYPES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef uint8_t u8;
typedef uint16_t u16;
typedef uint32_t u32;
typedef unsigned long long u64;	/* as the kernel has it */

#define U32_MAX		UINT32_MAX
#define __packed	__attribute__((packed))

#endif
