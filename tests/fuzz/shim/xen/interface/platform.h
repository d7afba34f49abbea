/* SPDX-License-Identifier: GPL-2.0 */
/* Xen's own public definition of the platform hypercall (libxen-dev). */
#ifndef SHIM_XEN_INTERFACE_PLATFORM_H
#define SHIM_XEN_INTERFACE_PLATFORM_H

#define __XEN_TOOLS__ 1
#include <xen/xen.h>
#include <xen/platform.h>

#endif
