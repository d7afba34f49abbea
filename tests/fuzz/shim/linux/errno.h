/* SPDX-License-Identifier: GPL-2.0 */
/* The kernel's errno values, as Linux exports them to userspace. */
#include <asm/errno.h>
