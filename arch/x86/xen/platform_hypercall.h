/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The platform hypercall that hands physical processor power management
 * data to Xen.
 */
#ifndef _XEN_PLATFORM_HYPERCALL_H
#define _XEN_PLATFORM_HYPERCALL_H

#include <xen/interface/platform.h>
#include <asm/xen/hypercall.h>

/**
 * xen_set_pminfo() - issue XENPF_set_processor_pminfo
 * @pminfo: ACPI processor id, type (XEN_PM_CX, XEN_PM_PX or XEN_PM_PDC)
 *	and payload; the guest handles in it must stay valid during the call
 *
 * Return: 0, or the negative errno Xen answered.
 */
static inline int xen_set_pminfo(const struct xenpf_set_processor_pminfo *pminfo)
{
	struct xen_platform_op op = {
		.cmd			= XENPF_set_processor_pminfo,
		.interface_version	= XENPF_INTERFACE_VERSION,
		.u.set_pminfo		= *pminfo,
	};

	return HYPERVISOR_platform_op(&op);
}

#endif /* _XEN_PLATFORM_HYPERCALL_H */
