/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What the Xen backend handed Xen for each physical processor, as sysfs
 * shows it under /sys/devices/system/xen_cpu/xen_cpuN/pm/.
 */
#ifndef __XEN_ACPI_PROCESSOR_SYSFS_H
#define __XEN_ACPI_PROCESSOR_SYSFS_H

#include <linux/types.h>
#include <xen/interface/platform.h>

/**
 * enum xen_pm_held - what Xen holds of a processor's C-states or P-states
 * @XEN_PM_NONE: nothing was handed over: firmware has no such object, or
 *	it is not sent yet (the C-states of a hot-added processor)
 * @XEN_PM_HELD: Xen took what firmware gave
 * @XEN_PM_INVALID: nothing was handed over: firmware's object is
 *	malformed or beyond what Xen accepts
 * @XEN_PM_REFUSED: Xen refused what it was handed
 * @XEN_PM_PENDING: handed over while Xen has the processor offline; Xen
 *	answered that it cannot take them yet, and keeps P-states so handed
 *	for when it brings the processor up
 */
enum xen_pm_held {
	XEN_PM_NONE,
	XEN_PM_HELD,
	XEN_PM_INVALID,
	XEN_PM_REFUSED,
	XEN_PM_PENDING,
};

int xen_pm_view_add(u32 acpi_id);
void xen_pm_view_remove(u32 acpi_id);
void xen_pm_note_cx(u32 acpi_id, enum xen_pm_held held, int error,
		    const struct xen_processor_cx *states, unsigned int count);
void xen_pm_note_px(u32 acpi_id, enum xen_pm_held held, int error,
		    const struct xen_processor_performance *perf,
		    struct xen_processor_px *states);
void xen_pm_note_ppc(u32 acpi_id, u32 limit, int error);
int xen_pm_sysfs_init(void);
void xen_pm_sysfs_exit(void);

#endif /* __XEN_ACPI_PROCESSOR_SYSFS_H */
