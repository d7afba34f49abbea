/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The platform hypercalls that hand physical processor power management
 * data to Xen, tell which physical processors it has and add new ones.
 */
#ifndef _XEN_PLATFORM_HYPERCALL_H
#define _XEN_PLATFORM_HYPERCALL_H

#include <xen/interface/platform.h>
#include <asm/xen/hypercall.h>

/*
 * Xen's answer for an operation it does not implement, as its public
 * errno.h names it; its errno values are those of Linux.
 */
#define XEN_ENOSYS	38

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

/**
 * xen_cpu_hotadd() - issue XENPF_cpu_hotadd
 * @apic_id: the new physical processor's local APIC id
 * @acpi_id: its ACPI processor id
 * @pxm: its proximity domain
 *
 * Xen registers the processor, offline until XENPF_cpu_online.
 *
 * Return: Xen's number for the processor, or the negative errno Xen
 * answered (-EEXIST if it already has it).
 */
static inline int xen_cpu_hotadd(u32 apic_id, u32 acpi_id, u32 pxm)
{
	struct xen_platform_op op = {
		.cmd			= XENPF_cpu_hotadd,
		.interface_version	= XENPF_INTERFACE_VERSION,
		.u.cpu_add.apic_id	= apic_id,
		.u.cpu_add.acpi_id	= acpi_id,
		.u.cpu_add.pxm		= pxm,
	};

	return HYPERVISOR_platform_op(&op);
}

#endif /* _XEN_PLATFORM_HYPERCALL_H */
