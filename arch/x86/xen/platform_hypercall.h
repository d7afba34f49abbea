/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The platform hypercalls that hand physical processor power management
 * data to Xen and tell which physical processors it has.
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

/**
 * xen_get_pcpuinfo() - issue XENPF_get_cpuinfo
 * @xen_cpuid: Xen's number of the physical CPU
 * @info: receives its ACPI and APIC ids, flags and the highest present number
 *
 * Return: 0, or the negative errno Xen answered.
 */
static inline int xen_get_pcpuinfo(u32 xen_cpuid, struct xenpf_pcpuinfo *info)
{
	struct xen_platform_op op = {
		.cmd			= XENPF_get_cpuinfo,
		.interface_version	= XENPF_INTERFACE_VERSION,
		.u.pcpu_info.xen_cpuid	= xen_cpuid,
	};
	int ret = HYPERVISOR_platform_op(&op);

	if (!ret)
		*info = op.u.pcpu_info;
	return ret;
}

#endif /* _XEN_PLATFORM_HYPERCALL_H */
